import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { escapeHtml, escapeMarkdown } from '../../src/render-text.js';

const page = [
  'Menu',
  'A <b>bold</b> claim: 3 * 4 = 12, and [brackets] stay literal in the output of this paragraph.',
  '- not a list item, but a sentence that starts with a dash and runs long enough to be prose here.',
].join('\n');

describe('text-mode rendering', () => {
  it('escapes HTML so input markup never becomes markup', () => {
    expect(escapeHtml('<script>x</script> & "q"')).toBe('&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;');
    const r = clean(page, { from: 'text', to: 'html' });
    expect(r.html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(r.html).not.toMatch(/<b>/);
  });

  it('escapes markdown syntax so the text reads the same once rendered', () => {
    expect(escapeMarkdown('a *b* [c]')).toBe('a \\*b\\* \\[c\\]');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    const r = clean(page, { from: 'text', to: 'markdown' });
    expect(r.markdown).toContain('3 \\* 4');
  });

  it('fills only the field asked for', () => {
    const r = clean(page, { from: 'text' });
    expect(r.markdown).toBeUndefined();
    expect(r.html).toBeUndefined();
  });
});
