import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { explain, explainTable, preview } from '../../src/cli/explain.js';
import { formatResult } from '../../src/cli/format.js';
import { errorLine, parseRecord, resultLine } from '../../src/cli/jsonl.js';
import { progressLine } from '../../src/cli/progress.js';
import type { CleanResult } from '../../src/types.js';

const RESULT: CleanResult = {
  text: 'Kept paragraph.',
  title: 'A title',
  lang: 'en',
  from: 'markdown',
  pageType: 'article',
  dropped: [
    { text: '[](/)', reason: 'navigation', rule: 'markdown/empty-link', start: 0, end: 5, line: 1 },
    { text: 'Subscribe   to our\nnewsletter', reason: 'call-to-action', rule: 'cta/newsletter', start: 7, end: 36, line: 12 },
  ],
};

describe('CLI arguments', () => {
  it('applies defaults and reads every flag', () => {
    expect(parseCliArgs(['a.md'])).toMatchObject({ files: ['a.md'], from: undefined, to: 'text', focus: 'balanced', jobs: 1, explain: false });
    expect(parseCliArgs(['--from', 'markdown', '--to', 'json', '--focus', 'recall', '-j', '4', '--timeout', '500', '-'])).toMatchObject({
      files: ['-'],
      from: 'markdown',
      to: 'json',
      focus: 'recall',
      jobs: 4,
      timeoutMs: 500,
    });
    expect(parseCliArgs(['--jsonl', '-']).jsonl).toBe('-');
  });

  it('turns every mistake into a UsageError', () => {
    for (const argv of [['--from', 'pdf'], ['--jobs', '0'], ['--jobs', 'two'], ['--unknown'], ['--jsonl', 'a', 'b.md'], ['--jsonl', 'a', '--explain'], ['--to']]) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
  });
});

describe('JSONL records', () => {
  const base = { focus: 'balanced' as const };
  it('takes the first content field as the input kind, and the url', () => {
    expect(parseRecord('{"url":"u","html":"<p>x</p>","text":"x"}', base, undefined)).toEqual({
      ok: true,
      input: '<p>x</p>',
      options: { focus: 'balanced', from: 'html', url: 'u' },
      url: 'u',
    });
    expect(parseRecord('{"markdown":"# x"}', base, 'auto')).toMatchObject({ ok: true, options: { from: 'auto' } });
  });

  it('explains bad records', () => {
    expect(parseRecord('{oops', base, undefined)).toMatchObject({ ok: false, error: 'not JSON: "{oops"' });
    expect(parseRecord('[1,2]', base, undefined)).toMatchObject({ ok: false, error: 'record is not a JSON object' });
    expect(parseRecord('{"url":3,"text":"x"}', base, undefined)).toMatchObject({ ok: false, error: '"url" is not a string' });
    expect(parseRecord('{"url":"u"}', base, undefined)).toEqual({ ok: false, error: 'record has no "html", "markdown" or "text" field', url: 'u' });
    expect(parseRecord('{"text":null}', base, undefined)).toMatchObject({ ok: false, error: '"text" is not a string' });
  });

  it('writes the url first, then the result or the error', () => {
    expect(resultLine('u', RESULT).startsWith('{"url":"u","text":"Kept paragraph."')).toBe(true);
    expect(errorLine(undefined, 'bad')).toBe('{"error":"bad"}');
  });
});

describe('--explain and output formats', () => {
  it('prints a summary and one row per dropped block, text folded to one line', () => {
    const out = explain(RESULT, { color: false, width: 80 });
    expect(out.split('\n')[0]).toBe('title: A title · from: markdown · lang: en · kept: 15 chars · dropped: 2 blocks');
    expect(out).toMatch(/^ {3}1 {2}navigation {6}markdown\/empty-link {2}\[\]\(\/\)$/mu);
    expect(out).toMatch(/^ {2}12 {2}call-to-action {2}cta\/newsletter {7}Subscribe to our newsletter$/mu);
  });

  it('colours only on request', () => {
    expect(explainTable(RESULT.dropped, { color: true, width: 80 })).toMatch(/\u001b\[33m/u);
    expect(explainTable(RESULT.dropped, { color: false, width: 80 })).not.toMatch(/\u001b/u);
  });

  it('clips previews with an ellipsis', () => {
    expect(preview('a'.repeat(30), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('formats each --to', () => {
    expect(formatResult(RESULT, 'text')).toBe('Kept paragraph.\n');
    expect(formatResult({ ...RESULT, markdown: '**Kept**' }, 'markdown')).toBe('**Kept**\n');
    expect(JSON.parse(formatResult(RESULT, 'json'))).toEqual(RESULT);
  });
});

describe('progress line', () => {
  it('shows records, rate, and an ETA when the size is known', () => {
    expect(progressLine({ records: 50, errors: 0, elapsedMs: 10_000, bytesRead: 500, totalBytes: undefined })).toBe('50 records  5.0 rec/s');
    expect(progressLine({ records: 50, errors: 2, elapsedMs: 10_000, bytesRead: 250, totalBytes: 1000 })).toBe(
      '[#####...............]  25%  50 records, 2 errors  5.0 rec/s  ETA 30s',
    );
  });
});
