// Loads the analysis core from its TypeScript sources for the measurement scripts: esbuild bundles the
// requested exports into a temporary CommonJS file (web-tree-sitter aliased to its CommonJS build and its
// .wasm files copied beside it, as scripts/build.mjs does for dist/). Nothing is written to the repository.
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootRequire = createRequire(join(root, 'package.json'));

/** `exports`: lines such as "export { Workspace } from './server/src/analysis/workspace';". */
export async function loadServer(exports) {
  const outfile = await bundleServer(exports);
  return createRequire(outfile)(outfile);
}

/**
 * Writes the bundle and returns its path, for code that loads it elsewhere (a worker thread).
 * `sourcemap`: inline a source map, so that stack traces name the TypeScript sources.
 */
export async function bundleServer(exports, { sourcemap = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wsk-lint-script-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const treeSitterDir = dirname(rootRequire.resolve('web-tree-sitter'));
  const outfile = join(dir, 'server.cjs');
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts', sourcefile: 'script-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    sourcemap: sourcemap ? 'inline' : false,
    alias: { 'web-tree-sitter': join(treeSitterDir, 'web-tree-sitter.cjs') },
  });
  copyFileSync(join(treeSitterDir, 'web-tree-sitter.wasm'), join(dir, 'web-tree-sitter.wasm'));
  copyFileSync(rootRequire.resolve('tree-sitter-c/tree-sitter-c.wasm'), join(dir, 'tree-sitter-c.wasm'));
  return outfile;
}
