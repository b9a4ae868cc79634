// The C snippets, expanded with their default placeholder texts, compose into a driver that parses
// without errors, whose WSK calls the analysis recognises, and that no rule flags. The same driver
// without its release, or with a wrong size, is flagged, so the check is live.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWithHeaders, errorCount } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

interface Snippet {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
const [contribution] = manifest.contributes.snippets;
const snippets = Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, contribution.path), 'utf8')) as Record<string, Snippet>);

const TABSTOP = /\$\{(\d+):([^${}]*)\}|\$\{(\d+)\}|\$(\d+)/g;

/** The text VS Code inserts when every placeholder is accepted as offered, indented by `indent`. */
function expand(prefix: string, indent = ''): string {
  const snippet = snippets.find((s) => s.prefix === prefix);
  if (!snippet) throw new Error(`no snippet ${prefix}`);
  const body = snippet.body.join('\n');
  const defaults = new Map<string, string>();
  for (const match of body.matchAll(TABSTOP)) {
    if (match[1] === undefined) continue;
    const known = defaults.get(match[1]);
    if (known !== undefined && known !== match[2]) throw new Error(`${prefix}: placeholder ${match[1]} offers "${known}" and "${match[2]}"`);
    defaults.set(match[1], match[2]);
  }
  const text = body.replace(TABSTOP, (_, n1, text1, n2, n3) => (n1 !== undefined ? text1 : defaults.get(n2 ?? n3) ?? ''));
  if (text.includes('$')) throw new Error(`${prefix}: unexpanded snippet syntax in ${text}`);
  return text.split('\n').map((line) => (line.trim() ? indent + line.replace(/\t/g, '    ') : '')).join('\n');
}

/** A driver written with the snippets only, around the glue a driver author would write. */
function driverFromSnippets(): string {
  return `#include "wsk.h"
#include "wsk-registration.h"

WSK_PROVIDER_NPI WskProviderNpi;

${expand('wskcompletion')}

NTSTATUS
SecureSocket(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR securityDescriptor)
{
    NTSTATUS status;
${expand('wskcachesd', '    ')}
    if (NT_SUCCESS(status)) {
${expand('wsksetsecurity', '        ')}
${expand('wskreleasesd', '        ')}
    }
    return status;
}

NTSTATUS
ReadSocketSecurity(PWSK_SOCKET Socket)
{
    NTSTATUS status;
${expand('wskgetsecurity', '    ')}
    return status;
}

typedef struct _SOCKET_CONTEXT {
    PWSK_SOCKET Socket;
} SOCKET_CONTEXT, *PSOCKET_CONTEXT;

NTSTATUS
OpenSocket(PSOCKET_CONTEXT Context)
{
    NTSTATUS status;
${expand('wsksocket', '    ')}
    return status;
}

${expand('wskregister')}

NTSTATUS
UseProvider(VOID)
{
    NTSTATUS status;
${expand('wskcapture', '    ')}
    return status;
}
`;
}

describe('C snippets', () => {
  it('offer the WSK calls under their documented prefixes', () => {
    expect(contribution.language).toBe('c');
    expect(snippets.map((s) => s.prefix).sort()).toEqual(['wskcachesd', 'wskcapture', 'wskcompletion', 'wskgetsecurity', 'wskregister', 'wskreleasesd', 'wsksetsecurity', 'wsksocket']);
    for (const snippet of snippets) expect(snippet.description.length, snippet.prefix).toBeGreaterThan(20);
  });

  it('compose into a driver that parses cleanly and that no rule flags', async () => {
    const file = path.join(ROOT, 'test', 'package', 'snippets.c');
    const text = driverFromSnippets();
    const { result, workspace } = await analyzeWithHeaders([{ path: file, text }]);
    try {
      expect(errorCount(workspace, file), text).toBe(0);
      // cache, set, release; get and its release; the socket; unload's deregister, DriverEntry's register;
      // the capture and its release: each matched to its WSK function.
      const calls = workspace.file(file)?.calls ?? [];
      expect(calls.map((call) => call.api.name)).toEqual([
        'WskControlClient', 'WskControlSocket', 'WskControlClient', 'WskControlSocket', 'WskControlClient',
        'WskSocket', 'WskDeregister', 'WskRegister', 'WskCaptureProviderNPI', 'WskReleaseProviderNPI',
      ]);
      expect(result.problems).toEqual([]);
      expect(result.findings.map((f) => `${f.rule} ${f.start.line + 1}: ${f.message}`)).toEqual([]);
    } finally {
      workspace.dispose();
    }
  });

  it('would be flagged without the release (the path rules see the snippets too)', async () => {
    const file = path.join(ROOT, 'test', 'package', 'snippets.c');
    const text = driverFromSnippets().replace(expand('wskreleasesd', '        '), '');
    const { result, workspace } = await analyzeWithHeaders([{ path: file, text }]);
    workspace.dispose();
    expect(result.findings.map((f) => f.rule)).toEqual(['WSK008']);
  });

  it('would be flagged without the NPI release, or with a registration on the stack (the contract rules see them)', async () => {
    const file = path.join(ROOT, 'test', 'package', 'snippets.c');
    const unreleased = driverFromSnippets().replace('    WskReleaseProviderNPI(&WskRegistration);\n', '');
    const onStack = driverFromSnippets().replace('static WSK_REGISTRATION WskRegistration;', '').replace('    NTSTATUS status;\n\n    UNREFERENCED_PARAMETER(RegistryPath);', '    NTSTATUS status;\n    WSK_REGISTRATION WskRegistration;\n\n    UNREFERENCED_PARAMETER(RegistryPath);');
    for (const [text, rule] of [[unreleased, 'WSK018'], [onStack, 'WSK019']] as const) {
      expect(text).not.toBe(driverFromSnippets());
      const { result, workspace } = await analyzeWithHeaders([{ path: file, text }]);
      workspace.dispose();
      expect(result.findings.map((f) => f.rule)).toContain(rule);
    }
  });

  it('would be flagged with a wrong size (the check above is live)', async () => {
    const file = path.join(ROOT, 'test', 'package', 'snippets.c');
    const text = driverFromSnippets().replaceAll('sizeof(PSECURITY_DESCRIPTOR)', 'sizeof(SECURITY_DESCRIPTOR)');
    const { result, workspace } = await analyzeWithHeaders([{ path: file, text }]);
    workspace.dispose();
    // Every call has at least one pointer-sized argument.
    expect(new Set(result.findings.map((f) => f.start.line)).size).toBeGreaterThanOrEqual(5);
  });
});
