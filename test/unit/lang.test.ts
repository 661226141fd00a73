import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/text/lang.js';

const para = (s: string) => [s, 'Menu', 'Home'];

describe('detectLang', () => {
  it('names the language of the prose, ignoring short menu lines', () => {
    expect(detectLang(para('Russian President Vladimir Putin and Chinese President Xi Jinping on Friday held a video conference during which the two leaders said they would seek to strengthen relations.'))).toBe('en');
    expect(detectLang(para('Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radwegenetz für die Innenstadt beschlossen, das bis 2027 gebaut werden soll.'))).toBe('de');
    expect(detectLang(para('Rusya Devlet Başkanı Vladimir Putin ile Çin Devlet Başkanı Şi Cinping cuma günü bir video konferans düzenleyerek iki ülke arasındaki ilişkileri güçlendirme kararı aldı.'))).toBe('tr');
  });

  it('makes no guess on too little prose', () => {
    expect(detectLang(['Home', 'Menu', 'Abone Ol'])).toBeUndefined();
    expect(detectLang([])).toBeUndefined();
  });
});
