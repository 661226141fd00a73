import { describe, expect, it } from 'vitest';
import { clean, learnSite } from '../../src/index.js';
import { hostOf, learnByHost, recordInput } from '../../src/site/index.js';
import { GAZETTE, HABER } from './pages.js';

describe('hostOf', () => {
  it('folds case and a leading www.', () => {
    expect(hostOf('https://www.Example.com/a?b=1')).toBe('example.com');
    expect(hostOf('http://news.example.com:8080/x')).toBe('news.example.com');
  });

  it('is undefined for a missing or unparsable URL', () => {
    expect(hostOf(undefined)).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
  });
});

describe('recordInput', () => {
  it('reads text, else markdown, else html', () => {
    expect(recordInput({ text: 't', markdown: 'm' })).toEqual({ input: 't', from: 'text' });
    expect(recordInput({ markdown: 'm', html: '<p>h</p>' })).toEqual({ input: 'm', from: 'markdown' });
    expect(recordInput({ html: '<p>h</p>' })).toEqual({ input: '<p>h</p>', from: 'html' });
    expect(recordInput({ url: 'https://a.example/' })).toBeUndefined();
  });
});

describe('learnByHost', () => {
  const records = [
    ...GAZETTE.map((text, i) => ({ url: `https://www.gazette.example/news/${i}`, text })),
    ...HABER.map((text, i) => ({ url: `https://liman.example/haber/${i}`, text })),
    { url: 'not a url', text: GAZETTE[0]! },
    { text: GAZETTE[1]! },
    { url: 'https://empty.example/' },
  ];

  it('learns one profile per host, as learnSite does on that host alone', () => {
    const profiles = learnByHost(records);
    expect([...profiles.keys()]).toEqual(['gazette.example', 'liman.example']);
    expect(profiles.get('gazette.example')).toEqual(learnSite(GAZETTE));
    expect(profiles.get('liman.example')).toEqual(learnSite(HABER));
  });

  it('gives the CLI what it needs: clean each record with its host profile', () => {
    const profiles = learnByHost(records);
    const r = records[0]!;
    const page = recordInput(r)!;
    const site = profiles.get(hostOf(r.url)!);
    const result = clean(page.input, { from: page.from, site });
    expect(result.dropped.some((d) => d.reason === 'site-repeated' && d.pages === '5/5')).toBe(true);
  });

  it('passes maxFingerprints on to each learner', () => {
    const profiles = learnByHost(records, { maxFingerprints: 4 });
    expect(profiles.get('gazette.example')!.pruned).toBeGreaterThan(0);
  });
});
