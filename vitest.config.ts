import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Only catches a hang: no test measures time (bounds live in bench/hostile.mjs), and a busy
    // 2-core machine runs the suite several times slower than an idle one (issue 16).
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Builds the CLI (and its pool worker) from src/ for the CLI tests, into node_modules/.cache.
    globalSetup: ['test/cli/build.ts'],
  },
});
