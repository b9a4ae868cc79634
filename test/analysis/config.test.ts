// .wsk-lint.json: rules, exclude and wrappers, read and merged as the CLI and the server do; a declared
// wrapper stands in for a function whose body is outside the workspace.

import { describe, expect, test } from 'vitest';
import { mergeConfigs, parseConfig } from '../../server/src/analysis/config';
import { RULE_IDS } from '../../server/src/rules/index';
import { analyzeWithHeaders } from '../support/fixtures';

describe('reading', () => {
  test('rules, exclude and wrappers', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      rules: { WSK006: 'off', wsk007: 'warning' },
      exclude: ['**/generated/**'],
      wrappers: { MyBind: { binds: 0 }, MyRelease: { releases: 1, waits: true } },
    }), RULE_IDS);
    expect(errors).toEqual([]);
    expect(config).toEqual({
      rules: { WSK006: 'off', WSK007: 'warning' },
      exclude: ['**/generated/**'],
      wrappers: { MyBind: { binds: 0 }, MyRelease: { releases: 1, waits: true } },
    });
  });

  test('bad values are reported one by one and left out', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      exclude: 'generated',
      wrappers: { MyBind: { binds: -1, sets: 0 }, 'not a name': { binds: 0 }, MyWait: { waits: 'yes' } },
    }), RULE_IDS);
    expect(config).toEqual({ rules: {}, wrappers: { MyBind: {}, MyWait: {} } });
    expect(errors).toHaveLength(5);
    expect(errors[0].message).toMatch(/"exclude" must be an array/);
  });

  test('each problem is placed at the key or value it is about (1-based line and column)', () => {
    const text = [
      '{',
      '  "rules": { "wsk001": "loud", "WSK042": "off" },',
      '  "exclude": ["a", 3],',
      '  "wrappers": { "My Bind": {}, "MyWait": { "waits": "yes", "binds": 0, "sets": 1 } },',
      '  "colour": true',
      '}',
    ].join('\n');
    const { errors } = parseConfig(text, RULE_IDS);
    expect(errors.map(({ line, column, message }) => `${line}:${column} ${message.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      '5:3 unknown key "colour"',
      '3:20 "exclude" must be',
      '4:17 wrapper "My Bind":',
      '4:53 wrapper "MyWait": "waits"',
      '4:72 wrapper "MyWait": "sets"',
      '2:24 rule wsk001: "loud"',
      '2:32 unknown rule "WSK042"',
    ]);
    expect(parseConfig('{\n  "rules": {\n', RULE_IDS).errors).toEqual([{ message: expect.stringMatching(/^not valid JSON: /), line: 3, column: 1 }]);
  });

  test('merging: later rules and wrappers win, exclusions add up', () => {
    const merged = mergeConfigs(
      { rules: { WSK001: 'off' }, exclude: ['a/**'], wrappers: { A: { binds: 0 } } },
      { rules: { WSK001: 'warning' }, exclude: ['b/**'], wrappers: { A: { binds: 1 } } },
    );
    expect(merged).toEqual({ rules: { WSK001: 'warning' }, exclude: ['a/**', 'b/**'], wrappers: { A: { binds: 1 } } });
  });
});

describe('wrappers', () => {
  const source = `#include "wsk.h"
NTSTATUS MyBind(PWSK_SOCKET Socket, PSOCKADDR Local);
NTSTATUS MyCache(PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Cached);

NTSTATUS
Start(PWSK_SOCKET Socket, PSOCKADDR Local, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    NTSTATUS status = MyBind(Socket, Local);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
}

NTSTATUS
Leak(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = MyCache(Sd, &cached);

    return status;
}
`;

  test('without a declaration, calls to bodiless functions stay opaque', async () => {
    const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/wrappers.c', text: source }]);
    workspace.dispose();
    expect(result.findings.map((f) => f.rule)).toEqual([]);
  });

  test('a declared wrapper binds and caches like the real call would', async () => {
    const { result, workspace } = await analyzeWithHeaders([{ path: '/virtual/wrappers.c', text: source }], {
      rules: {},
      wrappers: { MyBind: { binds: 0 }, MyCache: { caches: 1 } },
    });
    workspace.dispose();
    expect(result.findings.map((f) => `${f.rule}:${f.start.line + 1}`)).toEqual(['WSK007:13', 'WSK008:23']);
  });
});
