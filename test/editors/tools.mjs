// What the editor tests need and the project does not: Debian packages (Chromium, Neovim, ripgrep, and
// the Kerberos headers code-server's native module builds against) and, in .cache/editors/ (git-ignored,
// outside the project's lockfile), code-server and playwright-core at pinned versions. Each is installed
// only when missing; nothing here downloads a browser or a VS Code build (code-server is an npm package
// and Chromium is Debian's).

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** code-server 4.100.3 (VS Code 1.100.3) is the newest that installs on Node 20. */
const CODE_SERVER = '4.100.3';
const PLAYWRIGHT_CORE = '1.65.1';
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'neovim'];
/** Where @vscode/ripgrep's postinstall looks before it downloads (its version and its ripgrep build). */
const RIPGREP_CACHE = path.join('vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Installs what is missing and returns the paths the tests run. `log` reports each install step.
 * `cacheDir` is the folder of the npm tools.
 */
export function ensureTools(cacheDir, log) {
  ensureAptPackages(log);
  ensureNpmTools(cacheDir, log);
  return {
    codeServer: path.join(cacheDir, 'node_modules', '.bin', 'code-server'),
    playwrightCore: path.join(cacheDir, 'node_modules', 'playwright-core', 'index.mjs'),
    nvim: '/usr/bin/nvim',
    chromium: CHROMIUM,
  };
}

function ensureAptPackages(log) {
  const missing = APT_PACKAGES.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', ...missing], { env });
  const still = missing.filter((name) => !isInstalled(name));
  if (still.length > 0) throw new Error(`apt-get did not install: ${still.join(' ')}`);
}

function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * code-server and playwright-core in their own npm folder. A marker written after a complete install
 * names the versions, so an interrupted or outdated install is redone from scratch.
 */
function ensureNpmTools(cacheDir, log) {
  const wanted = { 'code-server': CODE_SERVER, 'playwright-core': PLAYWRIGHT_CORE };
  const marker = path.join(cacheDir, 'installed.json');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === JSON.stringify(wanted)) return;

  log(`installing code-server ${CODE_SERVER} and playwright-core ${PLAYWRIGHT_CORE} into ${cacheDir} (about a minute)`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const tmp = path.join(cacheDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'package.json'), `${JSON.stringify({ private: true, dependencies: wanted }, null, 2)}\n`);

  // @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless its cache (under TMPDIR) holds the
  // archive: seed it with Debian's rg.
  const archive = path.join(tmp, RIPGREP_CACHE);
  fs.mkdirSync(path.dirname(archive), { recursive: true });
  run('tar', ['-czf', archive, '-C', '/usr/bin', 'rg']);

  run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', '--no-package-lock'], {
    cwd: cacheDir,
    // Root needs unsafe-perm for the install scripts to run as root; node-pty's script asks a question.
    env: { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_update_notifier: 'false' },
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(marker, JSON.stringify(wanted));
}

/** Runs a command, its output kept (shown only when it fails). */
function run(command, args, options = {}) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, ...options });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (${error.status ?? error.signal ?? error.message}):\n${output}`);
  }
}
