// Judging one argument against what the API table expects of it. The verdict is `wrong` only when the
// value is known and breaks the contract; whatever the analysis cannot know is `unknown`.

import type { Expectation } from '../wsk/api';
import type { Value } from './values';
import { isNullConstant } from './values';
import { hasPointerSize, isDescriptorObject, isDescriptorPointer, isIrpPointer } from './types';
import { IRP_ALLOCATORS } from '../wsk/kernel';

/** Why an argument breaks its contract; rules turn this into the message. */
export type Problem =
  | 'integerSize'           // 8 where sizeof(PSECURITY_DESCRIPTOR) is due
  | 'zeroSize'              // 0 where sizeof(PSECURITY_DESCRIPTOR) is due
  | 'descriptorObjectSize'  // sizeof(SECURITY_DESCRIPTOR), sizeof(*sd)
  | 'objectSize'            // sizeof of a non-pointer type or variable
  | 'nonzeroSize'           // a size where 0 is due
  | 'nullBuffer'            // NULL where a buffer is due
  | 'descriptorItself'      // sd where &sd is due
  | 'descriptorObjectAddress' // &sdStruct where &sd is due
  | 'notNull'               // a buffer (or IRP) where NULL is due
  | 'nullIrp';              // NULL where an IRP is due

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly problem: Problem } | { readonly ok: undefined };

const OK: Verdict = { ok: true };
const UNKNOWN: Verdict = { ok: undefined };
const wrong = (problem: Problem): Verdict => ({ ok: false, problem });

export function judge(expect: Expectation, value: Value): Verdict {
  switch (expect) {
    case 'pointerSize':
      if (value.kind === 'integer') return wrong(value.value === 0 ? 'zeroSize' : 'integerSize');
      if (value.kind === 'sizeof') {
        const pointerSized = hasPointerSize(value.type);
        if (pointerSized === true) return OK;
        if (pointerSized === false) return wrong(isDescriptorObject(value.type) ? 'descriptorObjectSize' : 'objectSize');
      }
      return UNKNOWN;

    case 'zero':
      if (value.kind === 'integer') return value.value === 0 ? OK : wrong('nonzeroSize');
      if (value.kind === 'sizeof' && value.type.kind !== 'unknown') return wrong('nonzeroSize');
      return UNKNOWN;

    case 'null':
      if (isNullConstant(value)) return OK;
      if (value.kind === 'address' || value.kind === 'string' || value.kind === 'sizeof' || (value.kind === 'integer' && value.value !== 0)) return wrong('notNull');
      if (value.kind === 'object' && (value.type.kind === 'array' || isIrpPointer(value.type))) return wrong('notNull');
      // A new IRP, from an allocator or a function of the workspace that returns one.
      if (value.kind === 'call' && ((value.callee !== undefined && IRP_ALLOCATORS.has(value.callee)) || (value.type && isIrpPointer(value.type)))) return wrong('notNull');
      return UNKNOWN;

    case 'descriptorAddress':
      if (isNullConstant(value)) return wrong('nullBuffer');
      if (value.kind === 'object' && isDescriptorPointer(value.type)) return wrong('descriptorItself');
      if (value.kind === 'address') {
        if (isDescriptorObject(value.type)) return wrong('descriptorObjectAddress');
        if (isDescriptorPointer(value.type)) return OK;
      }
      return UNKNOWN;

    case 'notNull':
      return isNullConstant(value) ? wrong('nullIrp') : UNKNOWN;
  }
}
