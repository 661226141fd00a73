// The html corpus of the bench (`--corpus html`): chaff on jsdom and on linkedom against plain
// Readability.js + jsdom, the reference extractor, on the same pages. Timing is page by page and
// interleaved (each page runs every method before the next page, in an order that rotates from
// page to page), so a busy machine slows all methods alike; every run is followed by a turn of the event loop, which is when jsdom frees
// a closed window. `--memory N` adds N awaited passes per chaff backend with the heap measured
// after each (after a forced GC).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { aggregate, pageF1, score } from './metric.mjs';

const require = createRequire(import.meta.url);
const tick = () => new Promise((resolve) => setImmediate(resolve));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Readability.js on jsdom as its README shows it: parse, extract, close. */
function readabilityJsdom() {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const { Readability } = require('@mozilla/readability');
  return (input) => {
    let dom;
    try {
      dom = new JSDOM(input, { virtualConsole: new VirtualConsole() });
      return { text: new Readability(dom.window.document).parse()?.textContent ?? '' };
    } catch {
      // jsdom 29 throws on some stylesheets (a SCSS calc() on one AEB page): that page is lost.
      return { text: '' };
    } finally {
      dom?.window.close();
    }
  };
}

function methods(impl, focus) {
  const ms = [{ method: 'readability.js + jsdom', baseline: true, fn: readabilityJsdom() }];
  for (const f of focus) {
    const label = impl.label === 'chaff' ? `chaff ${f}` : `chaff ${f} [${impl.label}]`;
    ms.push({ method: label, focus: f, chaff: true, fn: impl.clean ? (x) => impl.clean(x, { from: 'html', focus: f }) : null });
  }
  const label = impl.label === 'chaff' ? 'chaff balanced linkedom' : `chaff balanced linkedom [${impl.label}]`;
  ms.push({ method: label, dom: 'linkedom', chaff: true, fn: impl.clean ? (x) => impl.clean(x, { from: 'html', dom: 'linkedom' }) : null });
  return ms;
}

/** Score and time every method on every page, page by page. */
export async function runHtml(truth, pages, impl, opts) {
  const bytes = pages.reduce((a, p) => a + p.bytes, 0);
  const ms = methods(impl, opts.focus);
  const state = ms.map(() => ({ perPage: [], times: [], texts: [], error: undefined }));
  for (let i = 0; i < pages.length; i++) {
    // The order rotates from page to page: each method follows every other one equally often, so
    // none keeps paying for the garbage the same predecessor leaves (jsdom leaves a lot).
    for (let r = 0; r < ms.length; r++) {
      const k = (r + i) % ms.length;
      const m = ms[k];
      const st = state[k];
      if (!m.fn || st.error) continue;
      try {
        const out = m.fn(pages[i].input); // untimed warm-up; its output is scored
        if (typeof out?.text !== 'string') throw new Error('result.text is not a string');
        st.perPage.push({ id: pages[i].id, ...score(truth[i].shingles, out.text) });
        if (m.chaff && (m.dom === 'linkedom' || m.focus === 'balanced')) st.texts.push(out.text);
        await tick();
        const runs = [];
        for (let p = 0; p < opts.passes; p++) {
          const t0 = performance.now();
          m.fn(pages[i].input);
          runs.push(performance.now() - t0);
          await tick();
        }
        st.times.push(median(runs));
      } catch (e) {
        st.error = `${e?.name ?? 'Error'}: ${e?.message ?? e} (page ${pages[i].id})`;
      }
    }
  }
  const base = state[0];
  const rows = ms.map((m, k) => {
    const st = state[k];
    const row = { method: m.method };
    if (m.focus) row.focus = m.focus;
    if (m.dom) row.dom = m.dom;
    if (!m.fn) return { ...row, status: 'not built', error: impl.error };
    if (st.error) return { ...row, status: 'error', error: st.error };
    const seconds = st.times.reduce((a, t) => a + t, 0) / 1000;
    Object.assign(row, aggregate(st.perPage), { seconds, mbPerSec: seconds > 0 ? bytes / 1e6 / seconds : null, msPerPage: (seconds * 1000) / pages.length });
    if (!m.baseline && !base.error && base.times.length === st.times.length) {
      row.vsReadability = seconds / (base.times.reduce((a, t) => a + t, 0) / 1000);
      row.medianPageRatio = median(st.times.map((t, i) => t / base.times[i]));
    }
    Object.defineProperty(row, 'perPage', { value: st.perPage, enumerable: false });
    if (m.chaff) {
      const r4 = (x) => Math.round(x * 1e4) / 1e4;
      row.pageScores = st.perPage.map((p, i) => ({ id: p.id, f1: r4(pageF1(p)), ms: r4(st.times[i]) }));
    }
    return row;
  });
  const memory = opts.memory ? await memorySoak(pages, impl, opts.memory) : undefined;
  // Both DOMs must give the same text on every page (docs/html.md): the pages where they do not.
  const jsdomTexts = state[ms.findIndex((m) => m.focus === 'balanced')]?.texts ?? [];
  const linkedomTexts = state[ms.findIndex((m) => m.dom === 'linkedom')]?.texts ?? [];
  const domDiffers = jsdomTexts.length === pages.length && linkedomTexts.length === pages.length
    ? pages.filter((_, i) => jsdomTexts[i] !== linkedomTexts[i]).map((p) => p.id)
    : undefined;
  return { corpus: 'html', from: 'html', pages: pages.length, bytes, rows, ...(domDiffers ? { domDiffers } : {}), ...(memory ? { memory } : {}) };
}

/** Heap after each of `passes` awaited passes over the corpus, per chaff backend, in MB after a forced GC. */
async function memorySoak(pages, impl, passes) {
  if (!impl.clean) return undefined;
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const out = {};
  for (const dom of ['jsdom', 'linkedom']) {
    const heap = [];
    for (let p = 0; p < passes; p++) {
      for (const page of pages) {
        impl.clean(page.input, { from: 'html', dom });
        await tick();
      }
      await tick();
      gc();
      heap.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
    }
    out[dom] = heap;
  }
  return out;
}

/** The html speed table: ms per page and the ratio to Readability.js + jsdom. */
export function printHtmlSpeed(res) {
  console.log(`\nhtml speed, page by page (median of the timed runs of each page, summed):`);
  const w = Math.max(...res.rows.map((r) => r.method.length));
  for (const r of res.rows) {
    if (r.status) continue;
    const ratio = r.vsReadability === undefined ? '1.00 (reference)' : `${r.vsReadability.toFixed(3)}  (median page ${r.medianPageRatio.toFixed(3)})`;
    console.log(`  ${r.method.padEnd(w)}  ${r.msPerPage.toFixed(1).padStart(7)} ms/page  x readability ${ratio}`);
  }
  if (res.memory) {
    for (const [dom, heap] of Object.entries(res.memory)) console.log(`  memory ${dom}: heap after each awaited pass (MB, after GC): ${heap.join(', ')}`);
  }
}
