import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, explainTable } from '../../src/cli/explain.js';
import { jsonlLines } from '../../src/cli/lines.js';
import { escapeControls, jsonWithoutControls, stripControls } from '../../src/cli/terminal.js';
import type { CleanResult, Dropped } from '../../src/types.js';
import { CLI_PATH } from './paths.js';

/** The CLI on hostile pages (issue 9, item 12): big drop lists, terminal escapes, legacy encodings, JSONL edges. */

function chaff(args: readonly string[], input: string | Buffer = '') {
  const r = spawnSync(process.execPath, [CLI_PATH, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ESC_TITLE = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';

describe('terminal safety', () => {
  it('--explain prints 200,000 dropped records (no spread into Math.max)', () => {
    const dropped: Dropped[] = Array.from({ length: 200_000 }, (_, i) => ({ text: `line ${i}`, reason: 'navigation', rule: 'nav/menu', start: i, end: i + 1, line: i + 1 }));
    const table = explainTable(dropped, { color: false, width: 100 });
    expect(table.split('\n')).toHaveLength(200_001);
  });

  it('--explain shows a page\'s control sequences as visible escapes', () => {
    const result = { text: 'kept', title: `Title ${ESC_TITLE}`, from: 'text', pageType: 'article', dropped: [{ text: `menu ${ESC_TITLE}`, reason: 'navigation', rule: 'nav/menu', start: 0, end: 4, line: 1 }] } as CleanResult;
    const out = explain(result, { color: false, width: 120 });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(out).toContain('\\x1b]0;pwned\\x07');
  });

  it('plain output on a TTY drops controls; JSON escapes DEL and C1 too', () => {
    expect(stripControls(`a${ESC_TITLE}b\tc\nd`)).toBe('a]0;pwned[2J31mb\tc\nd');
    expect(escapeControls('\u001b[0m')).toBe('\\x1b[0m');
    const json = jsonWithoutControls(JSON.stringify({ t: 'x\u009by\u007f' }));
    expect(json).toBe('{"t":"x\\u009by\\u007f"}');
    expect(JSON.parse(json)).toEqual({ t: 'x\u009by\u007f' });
  });
});

describe('input the CLI reads', () => {
  it('a windows-1251 page from a file or stdin is decoded by its <meta charset>', () => {
    const word = 'Привет, мир: новости города и области за неделю';
    // windows-1251 puts А..я (U+0410..U+044F) at 0xC0..0xFF.
    const encode = (s: string) => Buffer.from([...s].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1251"><title>T</title></head><body><article><p>'),
      encode(`${word}. ${word}. ${word}.`),
      Buffer.from('</p></article></body></html>'),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'chaff-cli-'));
    writeFileSync(join(dir, 'page.html'), page);
    expect(chaff([join(dir, 'page.html')]).stdout).toContain(word);
    expect(chaff(['-'], page).stdout).toContain(word);
  });

  it('--jsonl: a bare CR inside a record does not split it, blank lines get no line', () => {
    const input = '{"text":"The harbour reopened after a week of repairs and the ferries came back.",\r"url":"https://a.example/1"}\n\n  \n{"text":"Second record about the quay and the traders who were glad."}\r\n';
    const r = chaff(['--jsonl', '-'], input);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => 'error' in JSON.parse(l))).toEqual([false, false]);
    expect(JSON.parse(lines[0] as string).url).toBe('https://a.example/1');
  });

  it('jsonlLines splits at \\n only and decodes UTF-8 across chunks', async () => {
    const bytes = Buffer.from('{"a":"é"}\r\n{"b":\r1}\nlast');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7)]; // "é" is split between the chunks
    const out: string[] = [];
    for await (const line of jsonlLines(chunks)) out.push(line);
    expect(out).toEqual(['{"a":"é"}', '{"b":\r1}', 'last']);
  });
});

describe('binary and compressed files (issue 16, item 4)', () => {
  it('refuses the node executable with exit 1 and one line, and reads a .gz page', () => {
    const bin = spawnSync(process.execPath, [CLI_PATH, process.execPath], { encoding: 'utf8' });
    expect(bin.status).toBe(1);
    expect(bin.stdout).toBe('');
    expect(bin.stderr.trim().split('\n')).toHaveLength(1);
    expect(bin.stderr).toMatch(/^chaff: .*an ELF executable/);
    expect(bin.stderr).not.toMatch(/chaff: chaff:/);
    const dir = mkdtempSync(join(tmpdir(), 'chaff-gz-'));
    const file = join(dir, 'page.html.gz');
    const prose = 'The ferries that had been diverted to the south pier returned to their usual berths before noon, the port authority said.';
    writeFileSync(file, gzipSync(`<!doctype html><html><head><title>Quay</title></head><body><article><p>${prose}</p></article></body></html>`));
    const gz = spawnSync(process.execPath, [CLI_PATH, file], { encoding: 'utf8' });
    expect(gz.status).toBe(0);
    expect(gz.stdout).toContain(prose);
  });
});
