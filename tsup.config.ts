import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', text: 'src/text.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  sourcemap: false,
  splitting: true,
  // stopwords-iso ships a bare JSON main: inline it so no runtime needs JSON modules.
  noExternal: ['stopwords-iso'],
});
