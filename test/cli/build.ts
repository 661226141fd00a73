import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'tsup';
import { CLI_ROOT } from './paths.js';

/**
 * Vitest global setup: build the CLI and the pool worker from src/ once per test run, so the
 * CLI tests always spawn the current code. `--version` reads ../package.json next to the bundle.
 */
export default async function setup(): Promise<void> {
  mkdirSync(`${CLI_ROOT}dist`, { recursive: true });
  writeFileSync(`${CLI_ROOT}package.json`, readFileSync(new URL('../../package.json', import.meta.url)));
  await build({
    config: false,
    entry: { cli: 'src/cli/index.ts', 'pool-worker': 'src/pool/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: `${CLI_ROOT}dist`,
    noExternal: ['stopwords-iso'],
    banner: { js: '#!/usr/bin/env node' },
    silent: true,
    clean: true,
  });
}
