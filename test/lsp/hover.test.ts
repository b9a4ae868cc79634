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
    Dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(SECURITY_DESCRIPTOR), &Sd, 0, NULL, NULL, Irp);
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

/** The example calls of the SO_WSK_SECURITY set and get, as hovers show them. */
const SET_FORM = 'WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, 0, NULL, NULL, Irp)';
const GET_FORM = 'WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, NULL, Irp)';
const LEARN = 'https://learn.microsoft.com/windows-hardware/drivers';

describe('hover on WSK names', () => {
  test('a function called through a dispatch table, by -> and by .: this call\'s form, a dozen lines at most, the reference page', () => {
    const arrow = hoverOn('->WskControlClient', 4);
    expect(arrow?.covers).toBe('WskControlClient');
    expect(arrow?.text).toContain('This call, WSK_CACHE_SD:\n\n```c\nWskControlClient(Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, NULL, NULL)\n```');
    expect(arrow?.text).toContain(`[WskControlClient on Microsoft Learn](${LEARN}/ddi/wsk/nc-wsk-pfn_wsk_control_client)`);
    expect(arrow?.text).not.toContain('WSK_RELEASE_SD');
    expect(arrow?.text.split('\n').length).toBeLessThanOrEqual(12);
    const dot = hoverOn('.WskControlClient', 4);
    expect(dot?.covers).toBe('WskControlClient');
    expect(dot?.text).toContain('This call, WSK_RELEASE_SD:');
  });

  test('control codes: the form of this call by its own RequestType, or every form where it is unknown', () => {
    const cache = hoverOn('WSK_CACHE_SD');
    expect(cache?.covers).toBe('WSK_CACHE_SD');
    expect(cache?.text).toMatch(/^\*\*WSK_CACHE_SD\*\* — control code of `WskControlClient`\. /);
    expect(cache?.text).toContain('WskControlClient(Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &sd, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, NULL, NULL)');
    expect(cache?.text).toContain(`(${LEARN}/network/wsk-cache-sd)`);
    const release = hoverOn('WSK_RELEASE_SD');
    expect(release?.text).toContain('WskControlClient(Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cachedSd, 0, NULL, NULL, NULL)');
    const unknown = hoverOn('SO_WSK_SECURITY', 2, 2);
    expect(unknown?.text).toContain(`Its forms:\n\n\`\`\`c\n${SET_FORM}\n${GET_FORM}\n\`\`\``);
    const get = hoverOn('SO_WSK_SECURITY', 2, 4);
    expect(get?.text).toContain(`This call, an SO_WSK_SECURITY get:\n\n\`\`\`c\n${GET_FORM}\n\`\`\``);
    expect(get?.text).not.toContain(SET_FORM);
    const set = hoverOn('SO_WSK_SECURITY', 2, 6);
    expect(set?.text).toContain(`This call, an SO_WSK_SECURITY set:\n\n\`\`\`c\n${SET_FORM}\n\`\`\``);
    expect(set?.text.match(/WskSetOption, SO_WSK_SECURITY/g)).toHaveLength(1);
    for (const hover of [cache, release, unknown, get, set]) expect(hover?.text.split('\n').length).toBeLessThanOrEqual(12);
  });

  test('request types, SOL_SOCKET and the descriptor types', () => {
    expect(hoverOn('WskIoctl')?.text).toContain('`SO_WSK_SECURITY` takes `WskSetOption` or `WskGetOption`, not `WskIoctl`.');
    expect(hoverOn('WskGetOption')?.text).toContain('**WskGetOption** — `WSK_CONTROL_SOCKET_TYPE` 1: get a socket option.');
    expect(hoverOn('WskGetOption')?.text).toContain(GET_FORM);
    expect(hoverOn('WskSetOption')?.text).toContain(SET_FORM);
    expect(hoverOn('SOL_SOCKET')?.text).toContain('**SOL_SOCKET** — Socket-level options (0xffff).');
    const pointer = hoverOn('PSECURITY_DESCRIPTOR Sd', 3);
    expect(pointer?.covers).toBe('PSECURITY_DESCRIPTOR');
    expect(pointer?.text).toContain('take the cached descriptor **by value**');
  });

  test('a function called by name, whose descriptor goes by value: its prototype on one line', () => {
    const socket = hoverOn('WskSocket(');
    expect(socket?.text).toContain('```c\nNTSTATUS WskSocket(PWSK_CLIENT Client, ADDRESS_FAMILY AddressFamily,');
    expect(socket?.text).toContain('PSECURITY_DESCRIPTOR SecurityDescriptor, PIRP Irp);\n```');
    expect(socket?.text).toContain('`SecurityDescriptor` takes a cached descriptor **by value**');
    expect(socket?.text.split('\n').length).toBeLessThanOrEqual(12);
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
    expect(irp?.text).toContain('**OutputSizeReturned** — parameter 7 of `WskControlClient` (`SIZE_T *`)');
    expect(irp?.text).toContain('For WSK_CACHE_SD: `NULL`, because the output size is fixed.');
    const output = hoverOn('Cached, NULL', 2);
    expect(output?.covers).toBe('Cached');
    expect(output?.text).toContain('**OutputBuffer** — parameter 6 of `WskControlClient` (`PVOID`)');
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
    expect(descriptor?.text).toBe('**SecurityDescriptor** — parameter 10 of `WskSocket` (`PSECURITY_DESCRIPTOR`)');
  });

  test('a name with docs inside an argument that breaks the contract: the argument first, then the name', () => {
    const hover = hoverOn('(SECURITY_DESCRIPTOR), &Sd', 4);
    expect(hover?.covers).toBe('sizeof(SECURITY_DESCRIPTOR)');
    expect(hover?.text).toMatch(/^\*\*InputSize\*\* — parameter 5 of `WskControlSocket`/);
    expect(hover?.text).toContain('For an SO_WSK_SECURITY set: `sizeof(PSECURITY_DESCRIPTOR)`');
    expect(hover?.text.indexOf('**SECURITY_DESCRIPTOR** — type')).toBeGreaterThan(hover?.text.indexOf('**InputSize**') ?? Infinity);
  });
});
