// `npm run package`'s vsce step, run on the built dist/ into a temporary folder: the .vsix holds exactly
// what the extension needs (bundles, the two .wasm files, manifest, README, LICENSE, CHANGELOG, icon,
// grammar, snippets) and nothing else; its bundles need no node_modules; and the server taken out of
// the .vsix, away from the repository, starts and reports a finding.

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ensureBuilt, ROOT } from '../support/build';

interface Manifest {
  name: string;
  version: string;
  main: string;
  icon: string;
  scripts: Record<string, string>;
  contributes: { grammars: { path: string }[]; snippets: { path: string }[]; jsonValidation: { url: string }[] };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const BUILD_STEP = 'npm run build --silent';

let tmp: string;
let vsix: string;
let entries: Map<string, Entry>;

beforeAll(async () => {
  await ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wsk-lint-vsix-'));
  // The package script is "<build> && vsce package …": the build has run (ensureBuilt); run the rest
  // as written, into the temporary folder. No terminal: vsce must not need to ask anything.
  const [build, packageStep, ...rest] = manifest.scripts.package.split(' && ');
  expect(build).toBe(BUILD_STEP);
  expect(rest).toEqual([]);
  const [command, ...args] = packageStep.trim().split(/\s+/);
  expect(command).toBe('vsce');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'), [...args, '--out', tmp], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  vsix = path.join(tmp, `${manifest.name}-${manifest.version}.vsix`);
  entries = readZip(fs.readFileSync(vsix));
}, 180_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the .vsix', () => {
  it('holds exactly the files the extension needs', () => {
    const packaged = (file: string): string => `extension/${path.posix.normalize(file)}`;
    const expected = new Set([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      packaged(manifest.main),
      'extension/dist/server.js',
      'extension/dist/web-tree-sitter.wasm',
      'extension/dist/tree-sitter-c.wasm',
      packaged(manifest.icon),
      ...manifest.contributes.grammars.map((grammar) => packaged(grammar.path)),
      ...manifest.contributes.snippets.map((snippet) => packaged(snippet.path)),
      ...manifest.contributes.jsonValidation.map((validation) => packaged(validation.url)),
      ...readmeImages().map(packaged),
    ]);
    expect([...entries.keys()].sort()).toEqual([...expected].sort());
  });

  it('leaves out sources, tests, source maps, node_modules and the CLI', () => {
    const unwanted = [...entries.keys()].filter((name) =>
      /\.(ts|map)$/.test(name) || /(^|\/)node_modules\//.test(name) || /^extension\/(server|client|test|scripts|examples|bin|out|\.ci)\//.test(name) || name.endsWith('/cli.js'));
    expect(unwanted).toEqual([]);
  });

  it('carries the manifest and bundles as built', () => {
    expect(JSON.parse(text('extension/package.json'))).toEqual(manifest);
    for (const file of ['dist/client.js', 'dist/server.js', 'dist/tree-sitter-c.wasm', 'dist/web-tree-sitter.wasm']) {
      expect(content(`extension/${file}`).equals(fs.readFileSync(path.join(ROOT, file))), file).toBe(true);
    }
    expect(text('extension/LICENSE.txt')).toContain('Copyright (c) 2026 wsk-lint contributors');
  });

  it('has self-contained bundles: the client requires only vscode and Node, the server only Node', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const requires = (file: string): string[] => [...new Set([...text(file).matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]))];
    expect(requires('extension/dist/client.js').filter((name) => !builtins.has(name))).toEqual(['vscode']);
    expect(requires('extension/dist/server.js').filter((name) => !builtins.has(name))).toEqual([]);
  });

  it('runs: the server taken out of the .vsix reports a finding over stdio', async () => {
    const unpacked = path.join(tmp, 'unpacked');
    for (const file of ['server.js', 'web-tree-sitter.wasm', 'tree-sitter-c.wasm']) {
      fs.mkdirSync(unpacked, { recursive: true });
      fs.writeFileSync(path.join(unpacked, file), content(`extension/dist/${file}`));
    }
    const source = path.join(unpacked, 'driver.c');
    const code = [
      'NTSTATUS SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)',
      '{',
      '    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(Socket, WskSetOption,',
      '        SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);',
      '}',
      '',
    ].join('\n');
    fs.writeFileSync(source, code);
    const codes = await diagnosticCodes(path.join(unpacked, 'server.js'), unpacked, source, code);
    expect(codes).toEqual(['WSK001']);
  });
});

/** The relative image paths README.md shows (packaged so that the details page can show them). */
function readmeImages(): string[] {
  const file = path.join(ROOT, 'README.md');
  if (!fs.existsSync(file)) return []; // the file-list check reports the missing README
  const readme = fs.readFileSync(file, 'utf8');
  const links = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]+src=["']([^"']+)["']/g)].map((match) => match[1] ?? match[2]);
  return links.filter((link) => !/^[a-z]+:/i.test(link)).map((link) => path.posix.normalize(link.replace(/^\.\//, '')));
}

/** Opens one document in a fresh server process and returns the codes of its first diagnostics. */
async function diagnosticCodes(server: string, folder: string, file: string, code: string): Promise<unknown[]> {
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: folder, stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const uri = pathToFileURL(file).href;
  try {
    const diagnostics = new Promise<unknown[]>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: { code?: unknown }[] }) => {
        if (params.uri === uri && params.diagnostics.length > 0) resolve(params.diagnostics.map((d) => d.code));
      });
    });
    connection.onRequest(() => null);
    connection.listen();
    const folderUri = pathToFileURL(folder).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'unpacked' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'c', version: 1, text: code } });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no diagnostics; server stderr:\n${stderr.join('')}`)), 20_000));
    return await Promise.race([diagnostics, timeout]);
  } finally {
    connection.dispose();
    child.kill();
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading the zip: its central directory lists every entry (a .vsix is a plain zip).

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

function readZip(zip: Buffer): Map<string, Entry> {
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const result = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    result.set(name, { method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), localHeader: zip.readUInt32LE(at + 42) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return result;
}

function content(name: string): Buffer {
  const entry = entries.get(name);
  if (!entry) throw new Error(`${name} is not in the .vsix`);
  const zip = fs.readFileSync(vsix);
  const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${name}: unsupported compression method ${entry.method}`);
}

function text(name: string): string {
  return content(name).toString('utf8');
}
