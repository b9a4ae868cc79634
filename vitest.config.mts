import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The LSP and CLI tests spawn the built server; the rest share one WASM parser per worker.
    pool: 'forks',
    // A test that asserts nothing passes whatever the code does: it fails instead.
    expect: { requireAssertions: true },
  },
});
