import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPoolWith } from '../../src/pool/pool.js';
import { CLI_PATH, CLI_ROOT } from './paths.js';

/** Spawn the CLI built by test/cli/build.ts (global setup). */
function chaff(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI_PATH, ...args], { input: input ?? '', encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FIXTURE = 'test/fixtures/markdown--garden-blog';
const page = readFileSync(`${FIXTURE}/input.md`, 'utf8');
const expected = readFileSync(`${FIXTURE}/expected.txt`, 'utf8');
const squash = (s: string) => s.replace(/\n{2,}/g, '\n\n').trim();

describe('chaff CLI', () => {
  it('--help and --version', () => {
    const help = chaff(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: chaff/u);
    expect(help.stdout).toMatch(/--jsonl/u);
    const version = chaff(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('cleans a file and standard input alike', () => {
    const file = chaff([`${FIXTURE}/input.md`]);
    expect(file.code).toBe(0);
    expect(squash(file.stdout)).toBe(squash(expected));
    const stdin = chaff(['-'], page);
    expect(stdin.stdout).toBe(file.stdout);
    expect(stdin.stderr).toBe('');
  });

  it('--to json gives the whole result, --to markdown the kept markdown', () => {
    const json = JSON.parse(chaff(['--to', 'json', `${FIXTURE}/input.md`]).stdout);
    expect(json.from).toBe('markdown');
    expect(json.dropped.length).toBeGreaterThan(5);
    const md = chaff(['--to', 'markdown', '--from', 'markdown', `${FIXTURE}/input.md`]);
    expect(md.stdout).toMatch(/^A compost heap/u);
    expect(md.stdout).toMatch(/^1\. {2}Adding cooked food/mu);
  });

  it('--explain prints the dropped list as a table, without colours when piped', () => {
    const r = chaff(['--explain', `${FIXTURE}/input.md`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^title: How to start a compost heap/u);
    expect(r.stdout).toMatch(/^\s+16 {2}media\s+markdown\/empty-image\s+!\[\]\(\/img\/spacer\.gif\)$/mu);
    expect(r.stdout).not.toMatch(/\u001b\[/u);
  });

  it('names a missing file in one line on stderr and exits non-zero, still cleaning the rest', () => {
    const r = chaff(['no-such-page.md', `${FIXTURE}/input.md`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("chaff: cannot read 'no-such-page.md': no such file\n");
    expect(r.stdout).toMatch(/==> test\/fixtures\/markdown--garden-blog\/input.md <==/u);
  });

  it('rejects bad arguments with exit code 2', () => {
    const r = chaff(['--to', 'pdf', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaff: --to must be one of/u);
    expect(chaff(['--jsonl', '-', 'x.md']).code).toBe(2);
    expect(chaff(['--bogus']).code).toBe(2);
  });

  it('--jsonl: one line out per record in, in order; bad records give errors and the batch goes on; blank lines are skipped', () => {
    const lines = [
      JSON.stringify({ url: 'https://example.com/a', markdown: page }),
      'not json',
      JSON.stringify({ url: 'https://example.com/b' }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'A short note that is kept as it is, since there is nothing else here.' }),
      '',
    ];
    const r = chaff(['--jsonl', '-'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length - 1); // the blank line is no record
    expect(out[0]).toMatchObject({ url: 'https://example.com/a', from: 'markdown', title: 'How to start a compost heap in a small garden' });
    expect(squash(out[0].text)).toBe(squash(expected));
    expect(out[1].error).toMatch(/^not JSON/u);
    expect(out[2]).toEqual({ url: 'https://example.com/b', error: 'record has no "html", "markdown" or "text" field' });
    expect(out[3].error).toBe('"text" is not a string');
    expect(out[4]).toMatchObject({ from: 'text' });
  });

  it('--jsonl --jobs 2 writes the same lines as --jobs 1', () => {
    const records = Array.from({ length: 12 }, (_, i) => JSON.stringify({ url: `u${i}`, markdown: i % 3 === 0 ? page : `# Note ${i}\n\nA paragraph number ${i} that says little.\n` }));
    const input = `${records.join('\n')}\n`;
    const one = chaff(['--jsonl', '-', '--jobs', '1'], input);
    const two = chaff(['--jsonl', '-', '--jobs', '2'], input);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).url)).toEqual(records.map((_, i) => `u${i}`));
  });

  it('--jsonl --learn-site learns each URL host from its records, then cleans each record with its profile', async () => {
    const { clean, learnSite } = await import('../../src/index.js');
    const page = (n: number, lines: readonly string[]) =>
      ['Anasayfa', 'Spor ve Yaşam Köşesi', `Haber başlığı numara ${n}`, ...lines, 'Yorum yazın', 'Künye bilgileri ve iletişim'].join('\n');
    const a = [1, 2, 3].map((n) => page(n, [`Bu ${n}. haberin ilk paragrafı, şehirde yaşanan gelişmeleri ayrıntılı biçimde anlatıyor ve okura bilgi veriyor.`]));
    const b = ['Other site, one page only. This paragraph is long enough to be kept as the article text here.'];
    const records = [...a.map((text, i) => ({ url: `https://www.haber.example/${i}`, text })), { url: 'https://other.example/x', text: b[0] }];
    const r = chaff(['--jsonl', '-', '--learn-site', '--to', 'json'], `${records.map((x) => JSON.stringify(x)).join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const profile = learnSite(a, { from: 'text' });
    a.forEach((text, i) => expect(out[i].dropped).toEqual(clean(text, { from: 'text', url: records[i]!.url, site: profile }).dropped));
    expect(out[3].dropped).toEqual(clean(b[0]!, { from: 'text', url: 'https://other.example/x' }).dropped);
    expect(chaff(['--learn-site', 'x.txt']).code).toBe(2);
  });

  it('--jsonl --learn-site learns from HTML records too; a bad record is an {error} line and the batch goes on', async () => {
    const { clean, learnSite } = await import('../../src/index.js');
    const { gazetteHtml, SLOGAN } = await import('../site/pages.js');
    const pages = [0, 1, 2].map(gazetteHtml);
    const lines = pages.map((html, i) => JSON.stringify({ url: `https://gazette.example/${i}`, html }));
    lines.splice(1, 0, '{"url": "https://gazette.example/broken", "html": ');
    const r = chaff(['--jsonl', '-', '--learn-site', '--to', 'json'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[1]).toHaveProperty('error');
    const profile = learnSite(pages, { from: 'html' });
    const kept = [out[0], out[2], out[3]];
    kept.forEach((line, i) => {
      expect(line.dropped).toEqual(clean(pages[i] as string, { from: 'html', url: `https://gazette.example/${i}`, site: profile }).dropped);
      expect(line.text).not.toContain(SLOGAN);
    });
  });

  it('--jsonl names a missing batch file', () => {
    const r = chaff(['--jsonl', 'no-such-batch.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("chaff: cannot read 'no-such-batch.jsonl': no such file\n");
  });
});

describe('worker pool with the built worker', () => {
  it('cleans real pages on worker threads with the same result as in-process', async () => {
    const { clean } = await import('../../src/index.js');
    const pool = createPoolWith(pathToFileURL(`${CLI_ROOT}dist/pool-worker.js`), { workers: 2 });
    const results = await Promise.all([pool.clean(page, { from: 'markdown' }), pool.clean('Just a line of text, kept as it is.')]);
    await pool.close();
    expect(results[0]).toEqual(clean(page, { from: 'markdown' }));
    expect(results[1]?.from).toBe('text');
  });
});
