// Bundles the language server, the CLI and the VS Code client into dist/ (CommonJS, minified), and
// copies the two WebAssembly files the parser loads next to them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const { version, homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // NO_MINIFY=1 keeps the bundles' names, for a readable --cpu-prof of the server or the CLI.
  minify: !process.env.NO_MINIFY,
  sourcemap: 'external',
  logLevel: 'warning',
  // What the log, --version and SARIF say of the product (server/src/package.d.ts).
  define: { WSK_LINT_VERSION: JSON.stringify(version), WSK_LINT_HOMEPAGE: JSON.stringify(homepage) },
  // web-tree-sitter's ES build cannot find its .wasm inside a CommonJS bundle: use its CommonJS build.
  alias: { 'web-tree-sitter': join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.cjs') },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'server/src/lsp/main.ts')], outfile: join(dist, 'server.js') }),
  build({ ...common, entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(dist, 'cli.js') }),
  // The CLI's worker threads (--jobs) each load this next to cli.js.
  build({ ...common, entryPoints: [join(root, 'server/src/cli/worker.ts')], outfile: join(dist, 'cli-worker.js') }),
  build({ ...common, entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(dist, 'client.js'), external: ['vscode'] }),
]);

copyFileSync(join(dirname(require.resolve('web-tree-sitter')), 'web-tree-sitter.wasm'), join(dist, 'web-tree-sitter.wasm'));
copyFileSync(require.resolve('tree-sitter-c/tree-sitter-c.wasm'), join(dist, 'tree-sitter-c.wasm'));
