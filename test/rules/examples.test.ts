// The rules' documentation examples are code a driver author may copy, so they must be right beyond the
// one mistake each invalid example shows. An IRP allocated with IoAllocateIrp has no event of its own
// that anyone signals: an example that waits for an IRP waits on an event it gave to the IRP's
// completion routine (IoSetCompletionRoutine), or on one its caller passes in; never on
// `Irp->UserEvent`, which only the I/O manager's own IRPs use.

import { expect, test } from 'vitest';
import { RULES } from '../../server/src/rules/index';

/** The events an example waits on with KeWaitForSingleObject, as written (`&done`, `Done`). */
function waitedEvents(code: string): string[] {
  return [...code.matchAll(/KeWaitForSingleObject\(\s*([^,]+),/g)].map((match) => match[1].trim());
}

/** Why a wait in the example waits on nothing that completes, if it does. */
function badWait(code: string, event: string): string | undefined {
  if (/->\s*UserEvent\b/.test(event)) return `waits on ${event}, which no completion routine signals`;
  const name = event.replace(/^&\s*/, '').replace(/^\(\s*\w+\s*\)\s*/, '');
  const handedToCompletion = new RegExp(`IoSetCompletionRoutine\\([^;]*&?\\s*\\b${name}\\b[^;]*\\);`).test(code);
  const parameter = new RegExp(`\\(\\s*[^)]*\\bPKEVENT\\s+${name}\\b[^)]*\\)\\s*\\{`).test(code);
  return handedToCompletion || parameter ? undefined : `waits on ${event}, which is neither given to IoSetCompletionRoutine nor passed in`;
}

test.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s: every example waits for its IRP on an event that is signalled', (_id, rule) => {
  for (const [kind, code] of [['invalid', rule.docs.invalid], ['valid', rule.docs.valid]] as const) {
    const problems = waitedEvents(code).map((event) => badWait(code, event)).filter((problem) => problem !== undefined);
    expect(problems, `${rule.meta.id} ${kind}`).toEqual([]);
  }
});
