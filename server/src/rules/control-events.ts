// WSK021's reading of the WSK_EVENT_CALLBACK_CONTROL a call takes (SO_WSK_EVENT_CALLBACK,
// WSK_SET_STATIC_EVENT_CALLBACKS): what its EventMask and NpiId may hold at the call, from the
// assignments and initialisers of a local structure, and the findings about them. Not a rule itself.

import type { Node } from '../parse/treeSitter';
import type { RuleContext } from '../analysis/rule';
import type { WskCall } from '../analysis/calls';
import type { FlagValue } from '../analysis/flags';
import { bitCount, flagValue } from '../analysis/flags';
import type { FieldDefinition } from '../analysis/fieldValues';
import { addressedDefinitions } from '../analysis/fieldValues';
import { isNullConstant } from '../analysis/values';
import type { ControlRow } from '../wsk/controls';
import { EVENT_DISABLE } from '../wsk/events';
import { EVENT_CONTROL_FIELDS, EVENT_CONTROL_TYPE, FLAG_CONSTANTS, WSK_INTERFACE_ID, controlTitle } from '../wsk/controls';
import { capitalised, message } from './render';
import { wskCallIds } from './path-support';

export interface EventControl {
  /** The InputBuffer argument (`&ctl`) and the local it names. */
  readonly node: Node;
  readonly name: string;
  /** The EventMask on each way it may reach the call (undefined: not a known constant there). */
  readonly masks: readonly (FlagValue | undefined)[];
  readonly npiIds: readonly FieldDefinition[];
  /** Every EventMask that reaches the call is a known constant without WSK_EVENT_DISABLE. */
  readonly enabling: boolean;
}

/** What the local control structure given to the call holds there, when it is one. */
export function eventControlFacts(call: WskCall, row: ControlRow, context: RuleContext): EventControl | undefined {
  if (typeof row.inputSize !== 'object' || row.inputSize.record !== EVENT_CONTROL_TYPE || !call.inFunction) return undefined;
  const node = call.arg('InputBuffer');
  const readOnly = wskCallIds(context);
  const held = node ? addressedDefinitions(node, call.node, call.inFunction, EVENT_CONTROL_FIELDS, context.values, readOnly) : undefined;
  if (!node || !held) return undefined;
  const { fields } = held;
  const masks = (fields.get('EventMask') ?? []).map((definition) => {
    if (definition.kind === 'zero') return { value: 0, names: [] };
    return definition.kind === 'value' ? flagValue(definition.node, context.values, FLAG_CONSTANTS) : undefined;
  });
  const enabling = masks.length > 0 && masks.every((mask) => mask !== undefined && (mask.value & EVENT_DISABLE.value) === 0);
  return { node, name: held.name, masks, npiIds: fields.get('NpiId') ?? [], enabling };
}

/** NpiId never assigned or NULL; a disable of more than one event in one call. */
export function checkEventControl(row: ControlRow, code: string, events: EventControl, context: RuleContext): void {
  const op = controlTitle(row, code);
  const unassigned = events.npiIds.find((definition) => definition.kind === 'unassigned');
  if (unassigned && unassigned.kind === 'unassigned') {
    context.report({
      target: events.node,
      message: message(
        [`${events.name}.NpiId is never assigned on a path to ${op} (declared at line ${context.lineOf(unassigned.node)}).`, `WSK reads it as a pointer: set it to &${WSK_INTERFACE_ID} (or the extension's NPI identifier) before the call.`],
      ),
      related: [{ target: unassigned.node, message: `${events.name} is declared here without an initialiser` }],
    });
    return;
  }
  const nullIds = events.npiIds.length > 0 && events.npiIds.every((definition) => definition.kind === 'zero' || (definition.kind === 'value' && isNullConstant(context.values.evaluate(definition.node))));
  if (nullIds) {
    const where = events.npiIds.find((definition) => definition.kind !== 'unknown');
    context.report({
      target: events.node,
      message: message([`${events.name}.NpiId is NULL for ${op}.`, `Set it to &${WSK_INTERFACE_ID} (or the extension's NPI identifier): WSK finds the callbacks to enable through it.`]),
      related: where && 'node' in where ? [{ target: where.node, message: 'NpiId gets NULL here' }] : [],
    });
    return;
  }
  if (row.irp !== 'nullToEnable') return;
  const combined = events.masks.find((mask) => mask !== undefined && (mask.value & EVENT_DISABLE.value) !== 0 && bitCount((mask.value & ~EVENT_DISABLE.value) >>> 0) > 1);
  if (!combined) return;
  context.report({
    target: events.node,
    message: message(
      [`${capitalised(op)} disables ${bitCount((combined.value & ~EVENT_DISABLE.value) >>> 0)} events in one call.`, `WSK disables one event callback per call (${combined.names.filter((name) => name !== 'WSK_EVENT_DISABLE').join(', ') || `0x${combined.value.toString(16)}`} here): disable each with its own call, or the others keep firing after the driver believes them stopped.`],
    ),
  });
}
