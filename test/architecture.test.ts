import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout the code promises (docs/algorithm.md): front ends build pages and never score, the
 * scorer is one recipe, no file or folder imports in a circle, and no behaviour hangs on the
 * spelling of a rule id.
 */

const SRC = resolve(new URL('../src', import.meta.url).pathname);
const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gmu;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** File → the files it imports (relative imports only; `.js` specifiers name `.ts` sources). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(SRC)) {
    const source = readFileSync(file, 'utf8');
    const targets = [...source.matchAll(IMPORT)].map((m) => relative(SRC, resolve(dirname(file), (m[1] as string).replace(/\.js$/u, '.ts'))));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** The first cycle found in a graph, as a path, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] as string) : '.');

describe('architecture', () => {
  const graph = importGraph();

  it('reads the import graph', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
  });

  it('no file imports itself through others', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('no folder imports itself through others (the src root counts as one folder)', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const set = folders.get(from) ?? new Set<string>();
      for (const t of targets) if (folderOf(t) !== from) set.add(folderOf(t));
      folders.set(from, set);
    }
    // The root's faces (clean.ts, index.ts) sit on top of everything; its helpers (render-text, options, types) are leaves.
    const withoutRootFaces = new Map([...folders].map(([f, set]) => [f, [...set].filter((t) => t !== '.')]));
    expect(findCycle(withoutRootFaces)).toBeUndefined();
  });

  it('the front ends (text, markdown, HTML) never import the scorer or the pipeline', () => {
    const offenders = [...graph].filter(([file, targets]) => /^(?:html|markdown|text|page)\//u.test(file) && targets.some((t) => /^(?:score|pipeline)\//u.test(t)));
    expect(offenders.map(([file]) => file)).toEqual([]);
  });

  it('no behaviour depends on the spelling of a rule id outside the rule registry', () => {
    const SPELLING = /\.rule\s*(?:===|!==)|\.rule\.(?:startsWith|includes|endsWith)\(/u;
    const offenders = [...graph.keys()].filter((file) => !file.startsWith('rules/') && SPELLING.test(readFileSync(join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
