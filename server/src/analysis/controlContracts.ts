// The control-operation table applied to a call (WSK021): which row a WskControlSocket or
// WskControlClient call performs, and whether an argument breaks the row. As in contracts.ts, a
// verdict is `wrong` only when the value is known and breaks the row; the rest is unknown.

import type { BufferRule, ControlRow, IrpRule, SizeRule } from '../wsk/controls';
import { controlRowsOf } from '../wsk/controls';
import { OTHER_LEVEL_PATTERN, REQUEST_TYPES, SOCKET_LEVEL, paramWithRole } from '../wsk/api';
import type { WskCall } from './calls';
import type { CType } from './types';
import type { Value, ValueReader } from './values';
import { isNullConstant } from './values';
import { judge } from './contracts';
import { argumentValue } from './forwarding';

/** Why an argument breaks its row. */
export type ControlProblem =
  | 'literalSize'     // an integer literal where sizeof(T) is due
  | 'wrongSize'       // a size provably other than the row's
  | 'nonzeroSize'     // a size where 0 is due
  | 'nullBuffer'      // NULL where an address is due
  | 'valueNotAddress' // the variable itself where its address is due
  | 'notNull'         // a buffer or an IRP where NULL is due
  | 'nullIrp';        // NULL where an IRP is due

export type ControlVerdict = { readonly ok: true } | { readonly ok: false; readonly problem: ControlProblem } | { readonly ok: undefined };

const OK: ControlVerdict = { ok: true };
const UNKNOWN: ControlVerdict = { ok: undefined };
const wrong = (problem: ControlProblem): ControlVerdict => ({ ok: false, problem });

/** The row a call performs and the code it names, or undefined (no row, or not known). */
export function controlRowOf(call: WskCall, values: ValueReader): { row: ControlRow; code: string } | undefined {
  if (call.api.name !== 'WskControlSocket' && call.api.name !== 'WskControlClient') return undefined;
  const read = (param: string | undefined): Value | undefined => (param ? argumentValue(call, param, values) : undefined);
  const code = read(paramWithRole(call.api, 'controlCode'));
  if (code?.kind !== 'constant') return undefined;
  const rows = controlRowsOf(code.name).filter((row) => row.function === call.api.name);
  if (rows.length === 0) return undefined;
  if (call.api.name === 'WskControlClient') return { row: rows[0], code: code.name };
  const request = requestTypeName(read(paramWithRole(call.api, 'requestType')));
  const row = rows.find((candidate) => candidate.requestType === request);
  if (!row) return undefined;
  // An option lives at SOL_SOCKET: at a known other level the same number is another option
  // (IP_TTL at IPPROTO_IP is SO_REUSEADDR's 4). IOCTLs ignore the level.
  if (row.level && isOtherLevel(read(paramWithRole(call.api, 'level')))) return undefined;
  return { row, code: code.name };
}

function requestTypeName(value: Value | undefined): string | undefined {
  if (value?.kind === 'constant') return REQUEST_TYPES.some((r) => r.name === value.name) ? value.name : undefined;
  if (value?.kind === 'integer') return REQUEST_TYPES.find((r) => r.value === value.value)?.name;
  return undefined;
}

function isOtherLevel(value: Value | undefined): boolean {
  if (value?.kind === 'integer') return value.value !== SOCKET_LEVEL.value;
  return value?.kind === 'constant' && OTHER_LEVEL_PATTERN.test(value.name);
}

export function judgeSize(rule: SizeRule, value: Value): ControlVerdict {
  if (rule === 'any') return UNKNOWN;
  if (rule === 'zero') {
    const verdict = judge('zero', value);
    return verdict.ok === false ? wrong('nonzeroSize') : verdict.ok ? OK : UNKNOWN;
  }
  if (value.kind === 'integer') {
    // A ULONG is 4 bytes on every target; pointer-sized and structure sizes are never a literal.
    if (rule === 'ulong') return value.value === 4 ? OK : wrong('wrongSize');
    return wrong('literalSize');
  }
  if (value.kind !== 'sizeof') return UNKNOWN;
  const type = value.type;
  if (rule === 'ulong') {
    const size = byteSize(type);
    if (size === undefined) return UNKNOWN;
    return size === 4 ? OK : wrong('wrongSize');
  }
  if (rule === 'sizeT') {
    const size = byteSize(type);
    if (size === 'pointer') return OK;
    return size === undefined ? UNKNOWN : wrong('wrongSize');
  }
  // A structure row: that structure (by its name), never a pointer or an integer.
  if (type.kind === 'record') return type.name === rule.record ? OK : UNKNOWN;
  if (type.kind === 'pointer' || type.kind === 'scalar') return wrong('wrongSize');
  return UNKNOWN;
}

export function judgeBuffer(rule: BufferRule, value: Value): ControlVerdict {
  if (rule === 'any') return UNKNOWN;
  if (rule === 'null') {
    const verdict = judge('null', value);
    return verdict.ok === false ? wrong('notNull') : verdict.ok ? OK : UNKNOWN;
  }
  if (isNullConstant(value)) return wrong('nullBuffer');
  // The value of an integer or a structure where the call reads or writes through its address (a
  // pointer-sized integer may hold an address: ULONG_PTR).
  if (value.kind === 'object' && value.node.type === 'identifier' && (value.type.kind === 'record' || (value.type.kind === 'scalar' && !value.type.pointerSized))) return wrong('valueNotAddress');
  return value.kind === 'address' ? OK : UNKNOWN;
}

/** `enabling`: for SO_WSK_EVENT_CALLBACK, whether the EventMask provably enables (no WSK_EVENT_DISABLE). */
export function judgeIrp(rule: IrpRule, value: Value, enabling: boolean): ControlVerdict {
  if (rule === 'required') return isNullConstant(value) ? wrong('nullIrp') : UNKNOWN;
  if (rule === 'null' || (rule === 'nullToEnable' && enabling)) {
    const verdict = judge('null', value);
    return verdict.ok === false ? wrong('notNull') : verdict.ok ? OK : UNKNOWN;
  }
  return UNKNOWN;
}

/** The size in bytes of an integer type on every Windows target, or `pointer` for pointer-sized types. */
function byteSize(type: CType): number | 'pointer' | undefined {
  if (type.kind === 'pointer' || (type.kind === 'scalar' && type.pointerSized)) return 'pointer';
  if (type.kind !== 'scalar') return undefined;
  const name = type.name.replace(/\s+/g, ' ').replace(/^(?:signed|unsigned) (?=\w)/, '').replace(/^const /, '');
  if (/^(?:ULONG|LONG|INT|UINT|DWORD|BOOL|ULONG32|LONG32|DWORD32|UINT32|INT32|NTSTATUS|LOGICAL|CLONG|int|long|long int|unsigned|signed|int32_t|uint32_t)$/.test(name)) return 4;
  if (/^(?:USHORT|SHORT|WORD|WCHAR|CSHORT|UINT16|INT16|short|short int|int16_t|uint16_t)$/.test(name)) return 2;
  if (/^(?:UCHAR|CHAR|BOOLEAN|BYTE|CCHAR|UINT8|INT8|KIRQL|char|int8_t|uint8_t|bool|_Bool)$/.test(name)) return 1;
  if (/^(?:ULONG64|LONG64|ULONGLONG|LONGLONG|DWORD64|UINT64|INT64|long long|long long int|int64_t|uint64_t)$/.test(name)) return 8;
  return undefined;
}
