import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // Builds the CLI (and its pool worker) from src/ for the CLI tests, into node_modules/.cache.
    globalSetup: ['test/cli/build.ts'],
  },
});
