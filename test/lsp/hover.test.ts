// Hover on real parses (the same Workspace the server keeps): which names get docs, which positions
// are arguments of a matched call, what is said there, and the ranges, including inside macro uses.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import { hoverAt } from '../../server/src/lsp/hover';

const HEADER = `#define SD_SIZE sizeof(SECURITY_DESCRIPTOR)
#define SET_SD(s, sd, irp) ((PWSK_PROVIDER_BASIC_DISPATCH)(s)->Dispatch)->WskControlSocket(s, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(sd), &sd, 0, NULL, NULL, irp)
`;

const SOURCE = `#include "defs.h"
// WskControlSocket in a comment; "SO_WSK_SECURITY" in a string below.
static const char *Name = "SO_WSK_SECURITY";

NTSTATUS
Cache(WSK_PROVIDER_NPI Npi, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached)
{
    return Npi.Dispatch->WskControlClient(Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
        sizeof(PSECURITY_DESCRIPTOR), Cached, NULL, NULL);
}

VOID
Release(WSK_PROVIDER_CLIENT_DISPATCH Table, PWSK_CLIENT Client, PSECURITY_DESCRIPTOR Cached)
{
    Table.WskControlClient(Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &Cached, 0, NULL, NULL, NULL);
}

NTSTATUS
Control(PWSK_SOCKET Socket, WSK_CONTROL_SOCKET_TYPE Type, PIRP Irp, PSECURITY_DESCRIPTOR Sd)
{
    PWSK_PROVIDER_BASIC_DISPATCH Dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    Dispatch->WskControlSocket(Socket, Type, SO_WSK_SECURITY, SOL_SOCKET, sizeof(Sd), &Sd, 0, NULL, NULL, Irp);
    Dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, 0, NULL, NULL, Irp);
    Dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, SD_SIZE, &Sd, NULL, Irp);
    SET_SD(Socket, Sd, Irp);
    WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &Sd, 0, NULL, NULL);
    /* 😀 */ Dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(Sd), &Sd, 0, NULL, NULL, Irp);
#if 0
    Dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, &Sd, 0, NULL, NULL, Irp);
#endif
    return WskSocket(NULL, AF_INET, SOCK_STREAM, IPPROTO_TCP, WSK_FLAG_BASIC_SOCKET, NULL, NULL, NULL, NULL, Sd, Irp);
}
`;

const ROOT = '/hover-test';
const FILE = `${ROOT}/driver.c`;
let workspace: Workspace;

beforeAll(async () => {
  workspace = await Workspace.create([ROOT]);
  workspace.setFile(`${ROOT}/defs.h`, HEADER);
  workspace.setFile(FILE, SOURCE);
});

afterAll(() => workspace.dispose());

/** Hover `shift` characters into the `occurrence`-th `needle`; the text and the hovered source text. */
function hoverOn(needle: string, shift = 1, occurrence = 0): { text: string; covers: string | undefined; line: number; character: number } | null {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = SOURCE.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} #${occurrence} not found`);
  const analysis = workspace.file(FILE);
  if (!analysis) throw new Error('file not in the workspace');
  const hover = hoverAt(analysis, offset + shift);
  if (!hover) return null;
  const range = hover.range;
  const covers = range && SOURCE.slice(analysis.parsed.lines.offset(range.start), analysis.parsed.lines.offset(range.end));
  return { text: (hover.contents as { value: string }).value, covers, line: range?.start.line ?? -1, character: range?.start.character ?? -1 };
}

describe('hover on WSK names', () => {
  test('a function called through a dispatch table, by -> and by .', () => {
    const arrow = hoverOn('->WskControlClient', 4);
    expect(arrow?.covers).toBe('WskControlClient');
    expect(arrow?.text).toContain('NTSTATUS WskControlClient(\n    PWSK_CLIENT Client,\n    ULONG ControlCode,\n    SIZE_T InputSize,');
    expect(arrow?.text).toContain('This call: **WSK_CACHE_SD**');
    const dot = hoverOn('.WskControlClient', 4);
    expect(dot?.covers).toBe('WskControlClient');
    expect(dot?.text).toContain('This call: **WSK_RELEASE_SD**');
  });

  test('control codes, with the contract of each operation they take part in', () => {
    const cache = hoverOn('WSK_CACHE_SD');
    expect(cache?.covers).toBe('WSK_CACHE_SD');
    expect(cache?.text).toContain('**WSK_CACHE_SD** — control code of `WskControlClient`');
    expect(cache?.text).toContain('WskControlClient(Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, NULL, NULL)');
    expect(cache?.text).toContain('- `Irp`: `NULL` — WSK_CACHE_SD completes synchronously and takes no IRP');
    const release = hoverOn('WSK_RELEASE_SD');
    expect(release?.text).toContain('WskControlClient(Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, 0, NULL, NULL, NULL)');
    const option = hoverOn('SO_WSK_SECURITY', 2, 2);
    expect(option?.text).toContain('**SO_WSK_SECURITY set**');
    expect(option?.text).toContain('**SO_WSK_SECURITY get**');
  });

  test('request types, SOL_SOCKET and the descriptor types', () => {
    expect(hoverOn('WskIoctl')?.text).toContain('`SO_WSK_SECURITY` takes `WskSetOption` or `WskGetOption`, not `WskIoctl`.');
    expect(hoverOn('WskGetOption')?.text).toContain('WSK_CONTROL_SOCKET_TYPE WskGetOption = 1');
    expect(hoverOn('WskGetOption')?.text).toContain('**SO_WSK_SECURITY get**');
    expect(hoverOn('WskSetOption')?.text).toContain('**SO_WSK_SECURITY set**');
    expect(hoverOn('SOL_SOCKET')?.text).toContain('#define SOL_SOCKET 0xffff');
    const pointer = hoverOn('PSECURITY_DESCRIPTOR Sd', 3);
    expect(pointer?.covers).toBe('PSECURITY_DESCRIPTOR');
    expect(pointer?.text).toContain('take the cached descriptor **by value**');
  });

  test('a function called by name, whose descriptor goes by value', () => {
    const socket = hoverOn('WskSocket(');
    expect(socket?.text).toContain('    PSECURITY_DESCRIPTOR SecurityDescriptor,\n    PIRP Irp\n);');
    expect(socket?.text).toContain('`SecurityDescriptor` takes a cached descriptor **by value**');
  });

  test('names that are not code, or not WSK names, get nothing', () => {
    expect(hoverOn('WskControlSocket in a comment', 3)).toBeNull();
    expect(hoverOn('"SO_WSK_SECURITY"', 3, 1)).toBeNull();
    expect(hoverOn('Release(', 2)).toBeNull();
    // Dead code under #if 0 is not analysed.
    expect(hoverOn('WskControlSocket', 3, 6)).toBeNull();
  });

  test('the cursor just after a name still hovers it', () => {
    expect(hoverOn('SOL_SOCKET', 'SOL_SOCKET'.length)?.covers).toBe('SOL_SOCKET');
  });

  test('columns are UTF-16 code units', () => {
    const hover = hoverOn('->WskControlSocket', 4, 3);
    expect(hover?.covers).toBe('WskControlSocket');
    const lineText = SOURCE.split('\n')[hover?.line ?? 0];
    // The emoji counts as two code units, as in LSP.
    expect(hover?.character).toBe(lineText.indexOf('WskControlSocket'));
    expect(lineText.indexOf('WskControlSocket')).toBe('    /* 😀 */ Dispatch->'.length);
  });

  test('names inside a macro definition and as arguments of a macro use', () => {
    const inDefinition = workspace.file(`${ROOT}/defs.h`);
    expect(inDefinition).toBeDefined();
    const offset = HEADER.indexOf('SO_WSK_SECURITY') + 2;
    const hover = inDefinition && hoverAt(inDefinition, offset);
    expect((hover?.contents as { value: string } | undefined)?.value).toContain('**SO_WSK_SECURITY** — control code');
  });
});

describe('hover on arguments of matched calls', () => {
  test('which parameter, and what the operation expects there', () => {
    const irp = hoverOn('NULL, NULL);\n}', 1, 0);
    expect(irp?.text).toContain('**OutputSizeReturned** — parameter 7 of `WskControlClient`');
    expect(irp?.text).toContain('For WSK_CACHE_SD: `NULL`, because the output size is fixed.');
    const output = hoverOn('Cached, NULL', 2);
    expect(output?.covers).toBe('Cached');
    expect(output?.text).toContain('**OutputBuffer** — parameter 6 of `WskControlClient`');
    expect(output?.text).toContain('```c\nPVOID OutputBuffer\n```');
    expect(output?.text).toContain('the address of a `PSECURITY_DESCRIPTOR` variable (`&sd`), because the output is the address of a PSECURITY_DESCRIPTOR variable that receives the cached copy.');
  });

  test('a request type the analysis cannot know: what the set and the get each expect', () => {
    const size = hoverOn('sizeof(Sd), &Sd, 0', 2);
    expect(size?.covers).toBe('sizeof(Sd)');
    expect(size?.text).toContain('For an SO_WSK_SECURITY set: `sizeof(PSECURITY_DESCRIPTOR)`');
    expect(size?.text).toContain('For an SO_WSK_SECURITY get: `0`');
  });

  test('a request type that is no option request: the parameter, no contract', () => {
    const size = hoverOn('0, NULL, 0, NULL', 0);
    expect(size?.text).toContain('**InputSize** — parameter 5 of `WskControlSocket`');
    expect(size?.text).not.toContain('For ');
  });

  test('a macro standing for one argument is that argument; a macro standing for the call is none', () => {
    const size = hoverOn('SD_SIZE', 3);
    expect(size?.covers).toBe('SD_SIZE');
    expect(size?.text).toContain('**OutputSize** — parameter 7 of `WskControlSocket`');
    expect(size?.text).toContain('For an SO_WSK_SECURITY get: `sizeof(PSECURITY_DESCRIPTOR)`');
    expect(hoverOn('SET_SD(Socket, Sd, Irp)', 'SET_SD(Socket, '.length)).toBeNull();
  });

  test('a call whose argument count does not fit the signature is not a WSK call', () => {
    expect(hoverOn('8, &Sd', 0)).toBeNull();
  });

  test('an argument without a contract: the parameter only', () => {
    const descriptor = hoverOn('Sd, Irp);\n}', 0);
    expect(descriptor?.text).toBe('**SecurityDescriptor** — parameter 10 of `WskSocket`\n\n```c\nPSECURITY_DESCRIPTOR SecurityDescriptor\n```');
  });
});
