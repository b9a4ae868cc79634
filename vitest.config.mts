import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version, homepage } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string; homepage: string };

export default defineConfig({
  // As scripts/build.mjs does for the bundles (server/src/package.d.ts).
  define: { WSK_LINT_VERSION: JSON.stringify(version), WSK_LINT_HOMEPAGE: JSON.stringify(homepage) },
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
