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
]);
