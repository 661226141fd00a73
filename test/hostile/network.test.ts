import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

/**
 * No network and no script, ever (docs/security.md): a loopback listener (127.0.0.1 only) logs
 * every request while pages whose every resource points at it are cleaned in each output mode on
 * both DOMs. Inline scripts and event handlers would set a global flag.
 */

const FLAG = '__chaffScriptRan';
let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function page(): string {
  const set = `globalThis.${FLAG}=true`;
  return `<!doctype html><html><head>
<base href="${base}/base/">
<meta http-equiv="refresh" content="0; url=${base}/refresh">
<link rel="stylesheet" href="${base}/css"><link rel="preload" href="${base}/preload"><link rel="icon" href="${base}/icon">
<style>@import url(${base}/import); body { background: url(${base}/bg) }</style>
<script src="${base}/script"></script><script>${set}</script><script type="module">${set}</script>
<title>Page</title></head>
<body onload="${set}"><article>
<h1>Headline</h1>
<p onclick="${set}" style="background-image:url(${base}/inline-style)">A paragraph long enough to be the article, about the harbour and the ferries that came back to their usual berths.</p>
<img src="${base}/img" srcset="${base}/srcset 2x" onerror="${set}" onload="${set}">
<picture><source srcset="${base}/source"><img src="${base}/picture"></picture>
<iframe src="${base}/iframe" srcdoc="<script>parent.${FLAG}=true</script>"></iframe>
<frameset><frame src="${base}/frame"></frameset>
<object data="${base}/object"></object><embed src="${base}/embed">
<video poster="${base}/poster" src="${base}/video"><track src="${base}/track"></video><audio src="${base}/audio"></audio>
<svg><image href="${base}/svg-image"></image><use href="${base}/use#x"></use><script>${set}</script></svg>
<input type="image" src="${base}/input"><link rel="import" href="${base}/html-import">
<form action="${base}/form"><button formaction="${base}/button" autofocus onfocus="${set}">Go</button></form>
<details open ontoggle="${set}"><summary>More</summary>Text</details>
<p>Another paragraph of the article, with more words about the quay and the council's plans for the summer.</p>
</article></body></html>`;
}

describe('no network, no script', () => {
  for (const dom of ['jsdom', 'linkedom'] as const) {
    for (const to of ['text', 'markdown', 'html'] as const) {
      it(`${dom}, to ${to}: zero requests, no script ran`, async () => {
        const r = clean(page(), { dom, to, url: `${base}/page` });
        expect(r.text).toContain('harbour');
        // jsdom would load resources asynchronously: give the event loop time to send anything.
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(requests).toEqual([]);
        expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
      });
    }
  }

  it('the server does answer (the test can see a request)', async () => {
    const res = await fetch(`${base}/probe`);
    expect(await res.text()).toBe('x');
    expect(requests.splice(0)).toEqual(['/probe']);
  });

  it('src/ never enables scripts or resource loading, and imports no network module', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(new URL('../../src', import.meta.url).pathname);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/runScripts|resources\s*:|pretendToBeVisual/u);
      expect(source, file).not.toMatch(/from 'node:(?:http|https|net|tls|dgram|dns)'|\bfetch\(|XMLHttpRequest|WebSocket/u);
    }
  });
});
