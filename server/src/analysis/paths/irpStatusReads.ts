// Where a function may still ask how the WSK call an IRP was last given to ended. Once that call is
// complete, whether it failed shows only through values that hold its status (their facts name the
// call) or through the IRP itself: `Irp->IoStatus.Status` read again, or the IRP handed to a function
// the analysis does not model (`status = MyWait(ctx, Irp, status)` takes that call's final status).
// The next WSK call given the IRP makes it that call's IRP. Where none of this can follow, the engine
// forgets whether the call failed (transitions.ts: settleFinished): a loop that reuses one IRP for
// many synchronous calls then meets itself in one state per thing that matters, not one per way each
// earlier call ended.

import type { Node } from '../../parse/treeSitter';
import { DEBUG_ROUTINES, WAITS } from '../../wsk/kernel';
import { kernelFunction, paramWithRole } from '../../wsk/api';
import type { WskCall } from '../calls';
import { accessPath, rootOf } from '../access';
import { callExpressionsIn } from '../syntax';
import { appendAll } from '../../parse/arrays';
import type { AccessModel } from './liveness';
import { calleeText } from './conditions';

/** Reads: the roots of `X->IoStatus…` and what a function not modelled is handed; writes: a WSK call's IRP. */
export function irpStatusAccesses(calls: ReadonlyMap<number, WskCall>): AccessModel {
  const readsOf = (node: Node, identifiers: (node: Node) => string[]) => {
    const reads: string[] = [];
    const writes: string[] = [];
    for (const field of node.descendantsOfType('field_identifier')) {
      const access = field?.text === 'IoStatus' ? field.parent : null;
      const base = access?.type === 'field_expression' ? access.childForFieldName('argument') : null;
      if (!base) continue;
      const path = accessPath(base);
      if (path) reads.push(rootOf(path));
      else reads.push(...identifiers(base));
    }
    // Calls nested in the arguments of a function not modelled are read with them: skipped, so that
    // `f(f(f(…)))` costs its length, not its square.
    let readUntil = -1;
    for (const call of callExpressionsIn(node)) {
      if (call.startIndex < readUntil) continue;
      const wsk = calls.get(call.startIndex);
      if (wsk && !wsk.via) {
        const param = paramWithRole(wsk.api, 'irp');
        const irp = param ? wsk.arg(param) : undefined;
        const path = irp ? accessPath(irp) : undefined;
        if (path) writes.push(rootOf(path));
        continue;
      }
      const name = calleeText(call);
      if (name && (kernelFunction(name) || WAITS.has(name) || DEBUG_ROUTINES.has(name))) continue;
      const list = call.childForFieldName('arguments');
      if (list) {
        appendAll(reads, identifiers(list));
        readUntil = list.endIndex;
      }
    }
    return { reads, writes };
  };
  return {
    element(element, identifiers) {
      if (element.kind === 'exit') return { reads: [], writes: [] };
      const found = readsOf(element.node, identifiers);
      // The engine does not run an opaque element's calls: its IRPs keep their calls.
      return element.kind === 'opaque' ? { reads: found.reads, writes: [] } : found;
    },
    condition: (node, identifiers) => readsOf(node, identifiers).reads,
  };
}
