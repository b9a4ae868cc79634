// Which names the rest of a function may still read, under each of the engine's three readings: what
// a path knows of values, the tests it remembers, and the status of an IRP's last WSK call. Asked at
// labels (a label starts a block), in functions written so that each reading gives its own answer.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import { buildCfg } from '../../server/src/analysis/cfg';
import type { Cfg } from '../../server/src/analysis/cfg';
import { functionName } from '../../server/src/analysis/syntax';
import { TEST_ACCESSES, VALUE_ACCESSES, liveness } from '../../server/src/analysis/paths/liveness';
import type { AccessModel } from '../../server/src/analysis/paths/liveness';
import { irpStatusAccesses } from '../../server/src/analysis/paths/irpStatusReads';
import { INCLUDE_DIR } from '../support/fixtures';

let workspace: Workspace;

beforeAll(async () => {
  workspace = await Workspace.create([INCLUDE_DIR]);
  for (const header of fs.readdirSync(INCLUDE_DIR)) workspace.setFile(path.join(INCLUDE_DIR, header), fs.readFileSync(path.join(INCLUDE_DIR, header), 'utf8'));
});

afterAll(() => workspace.dispose());

/** `live(label, name)` for the function `Subject` of a file, under the model `modelOf` gives for its WSK calls. */
function livenessOf(text: string, modelOf: (calls: ReturnType<typeof callsOf>) => AccessModel): (label: string, name: string) => boolean {
  const file = '/virtual/liveness.c';
  workspace.setFile(file, text);
  const analysis = workspace.file(file);
  const definition = analysis?.root.namedChildren.find((node) => node?.type === 'function_definition' && functionName(node) === 'Subject');
  if (!analysis || !definition) throw new Error('no Subject');
  const cfg: Cfg = buildCfg(definition);
  const names = new Set(definition.descendantsOfType('identifier').map((node) => node?.text ?? ''));
  const result = liveness(cfg, names, modelOf(callsOf(analysis)));
  return (label, name) => {
    const block = cfg.blocks.find((b) => b.label === label);
    if (!block) throw new Error(`no label ${label}`);
    return result.liveAt(block.id, name);
  };
}

function callsOf(analysis: NonNullable<ReturnType<Workspace['file']>>) {
  return new Map(analysis.calls.map((call) => [call.node.startIndex, call]));
}

describe('tests a path remembers: a call handed &x rewrites x', () => {
  const text = `#include "wsk.h"
VOID
Subject(VOID)
{
    BOOLEAN valid = FALSE;
    Check(&valid);
    if (!valid) { Log(0); }
Rewritten:
    Check(&valid);
    if (valid) { Log(1); }
ReadWithIt:
    Compare(&valid, valid);
Unused:
    Check(&valid);
}
`;

  test('as values, a variable only handed to a debug print is not read: nothing the engine evaluates there could tell', () => {
    const printed = (after: string) => livenessOf(`#include "wsk.h"
VOID
Subject(NTSTATUS Status)
{
    NTSTATUS last = Status;
Printed:
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "%x", last);
${after}}
`, () => VALUE_ACCESSES);
    // Handed as such only to the print: the value before it cannot matter.
    expect(printed('')('Printed', 'last')).toBe(false);
    // Handed to a function inside the print, it is read.
    expect(printed('    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "%x", Describe(last));\n')('Printed', 'last')).toBe(true);
  });

  test('as values, &x is a read: the callee may look at it', () => {
    const live = livenessOf(text, () => VALUE_ACCESSES);
    expect(live('Rewritten', 'valid')).toBe(true);
    expect(live('Unused', 'valid')).toBe(true);
  });

  test('as tests, &x handed to a call writes x: the test before it cannot be repeated', () => {
    const live = livenessOf(text, () => TEST_ACCESSES);
    expect(live('Rewritten', 'valid')).toBe(false);
    expect(live('Unused', 'valid')).toBe(false);
    // Mentioned otherwise in the same call, it is read first.
    expect(live('ReadWithIt', 'valid')).toBe(true);
  });
});

describe('the status of an IRP\'s last call: read through IoStatus or by a function not modelled, until a WSK call takes the IRP', () => {
  const text = (after: string) => `#include "wsk.h"
NTSTATUS
Subject(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp)
{
    NTSTATUS status;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskSend(Socket, Buffer, 0, Irp);
Sent:
    IoSetCompletionRoutine(Irp, Done, NULL, TRUE, TRUE, TRUE);
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskReceive(Socket, Buffer, 0, Irp);
Received:
    ${after}
    return status;
}
`;
  const statusLive = (after: string) => livenessOf(text(after), (calls) => irpStatusAccesses(calls));

  test('the next WSK call given the IRP makes it that call\'s: a read after it does not reach back, nor does the kernel routine before it read', () => {
    const live = statusLive('if (Irp->IoStatus.Status == STATUS_SUCCESS) { Work(); }');
    expect(live('Received', 'Irp')).toBe(true);
    expect(live('Sent', 'Irp')).toBe(false);
    expect(statusLive('Work();')('Received', 'Irp')).toBe(false);
  });

  test('IoStatus read, or the IRP handed to a function not modelled: live', () => {
    expect(statusLive('if (Irp->IoStatus.Status == STATUS_SUCCESS) { Work(); }')('Received', 'Irp')).toBe(true);
    expect(statusLive('status = MyWait(Irp);')('Received', 'Irp')).toBe(true);
    // Only the IRP's own reads count.
    expect(statusLive('status = MyWait(Buffer);')('Received', 'Irp')).toBe(false);
  });
});
