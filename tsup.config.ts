import { defineConfig } from 'tsup';

const common = {
  entry: { index: 'src/index.ts', text: 'src/text.ts' },
  dts: true,
  target: 'node20',
  platform: 'neutral',
  sourcemap: false,
  splitting: true,
  // HTML mode loads its DOM lazily with createRequire(import.meta.url): the shim makes it work in CJS.
  shims: true,
} as const;

export default defineConfig([
  {
    ...common,
    // The pool's worker script sits next to the bundles that start it (ESM; CJS callers load it too).
    entry: { ...common.entry, 'pool-worker': 'src/pool/worker.ts' },
    format: ['esm'],
    clean: true,
    // stopwords-iso ships a bare JSON main: inline it so no runtime needs JSON modules.
    noExternal: ['stopwords-iso'],
  },
  {
    ...common,
    format: ['cjs'],
    // The CJS build also inlines eld, whose exports map has no `require` condition.
    noExternal: ['stopwords-iso', 'eld'],
  },
  {
    // The `chaff` command: one ESM file with a shebang, for Node only.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['stopwords-iso'],
  },
]);
