import { fileURLToPath } from 'node:url';

/**
 * Where the test build of the CLI goes: inside node_modules/.cache, so the bundle's bare imports
 * (jsdom…) resolve from the repository's node_modules, and never in dist/ (which other builds
 * rewrite while tests run).
 */
export const CLI_ROOT = fileURLToPath(new URL('../../node_modules/.cache/chaff-cli-test/', import.meta.url));
export const CLI_PATH = `${CLI_ROOT}dist/cli.js`;
