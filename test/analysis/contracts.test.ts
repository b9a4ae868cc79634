// Judging one argument against its contract, value by value: a verdict is `wrong` only when the value
// is known and breaks the contract, and `unknown` whatever the analysis cannot know. And the C types
// those verdicts rest on.

import { describe, expect, test } from 'vitest';
import type { Expectation } from '../../server/src/wsk/api';
import type { Node } from '../../server/src/parse/treeSitter';
import { judge } from '../../server/src/analysis/contracts';
import type { Value } from '../../server/src/analysis/values';
import { isNullConstant } from '../../server/src/analysis/values';
import type { CType } from '../../server/src/analysis/types';
import { DESCRIPTOR_POINTER, UNKNOWN, VOID, builtinType, describe as describeType, hasPointerSize, isDescriptorObject, isDescriptorPointer, isIrpPointer, pointerTo, primitiveType } from '../../server/src/analysis/types';

const node = {} as Node; // judge reads values, never their nodes
const type = (name: string): CType => builtinType(name) ?? primitiveType(name);
const integer = (value: number): Value => ({ kind: 'integer', value });
const sizeOf = (of: CType): Value => ({ kind: 'sizeof', type: of, operand: node });
const address = (of: CType): Value => ({ kind: 'address', type: of, of: node });
const object = (of: CType): Value => ({ kind: 'object', type: of, node });
const call = (callee?: string): Value => ({ kind: 'call', callee });
const constant: Value = { kind: 'constant', name: 'SOME_CONSTANT' };
const unknown: Value = { kind: 'unknown' };
const record: CType = { kind: 'record', name: 'ENDPOINT', key: 'ENDPOINT' };

const verdict = (expect: Expectation, value: Value) => {
  const result = judge(expect, value);
  return result.ok === false ? result.problem : result.ok === true ? 'ok' : 'unknown';
};

test.each<[Expectation, string, Value, string]>([
  ['pointerSize', '8', integer(8), 'integerSize'],
  ['pointerSize', '0', integer(0), 'zeroSize'],
  ['pointerSize', 'sizeof(PSECURITY_DESCRIPTOR)', sizeOf(DESCRIPTOR_POINTER), 'ok'],
  ['pointerSize', 'sizeof(SIZE_T)', sizeOf(type('SIZE_T')), 'ok'],
  ['pointerSize', 'sizeof(ULONG)', sizeOf(type('ULONG')), 'objectSize'],
  ['pointerSize', 'sizeof(SECURITY_DESCRIPTOR)', sizeOf(type('SECURITY_DESCRIPTOR')), 'descriptorObjectSize'],
  ['pointerSize', 'sizeof(ENDPOINT)', sizeOf(record), 'objectSize'],
  ['pointerSize', 'sizeof(an array)', sizeOf({ kind: 'array', of: DESCRIPTOR_POINTER }), 'objectSize'],
  ['pointerSize', 'sizeof(an unknown type)', sizeOf(UNKNOWN), 'unknown'],
  ['pointerSize', 'a variable', object(type('ULONG')), 'unknown'],
  ['pointerSize', 'a constant', constant, 'unknown'],
  ['zero', '0', integer(0), 'ok'],
  ['zero', '8', integer(8), 'nonzeroSize'],
  ['zero', 'sizeof(PSECURITY_DESCRIPTOR)', sizeOf(DESCRIPTOR_POINTER), 'nonzeroSize'],
  ['zero', 'sizeof(an unknown type)', sizeOf(UNKNOWN), 'unknown'],
  ['zero', 'a variable', object(type('SIZE_T')), 'unknown'],
  ['null', 'NULL', integer(0), 'ok'],
  ['null', '&x', address(DESCRIPTOR_POINTER), 'notNull'],
  ['null', 'a string', { kind: 'string' }, 'notNull'],
  ['null', 'sizeof(x)', sizeOf(type('ULONG')), 'notNull'],
  ['null', '5', integer(5), 'notNull'],
  ['null', 'an array', object({ kind: 'array', of: type('UCHAR') }), 'notNull'],
  ['null', 'a PIRP variable', object(type('PIRP')), 'notNull'],
  ['null', 'a PVOID variable', object(type('PVOID')), 'unknown'],
  ['null', 'IoAllocateIrp(…)', call('IoAllocateIrp'), 'notNull'],
  ['null', 'another call', call('MakeIrp'), 'unknown'],
  ['null', 'a call through a pointer', call(), 'unknown'],
  ['null', 'a constant', constant, 'unknown'],
  ['descriptorAddress', 'NULL', integer(0), 'nullBuffer'],
  ['descriptorAddress', 'sd', object(DESCRIPTOR_POINTER), 'descriptorItself'],
  ['descriptorAddress', 'a PVOID', object(type('PVOID')), 'unknown'],
  ['descriptorAddress', '&sdObject', address(type('SECURITY_DESCRIPTOR')), 'descriptorObjectAddress'],
  ['descriptorAddress', '&sd', address(DESCRIPTOR_POINTER), 'ok'],
  ['descriptorAddress', '&ulong', address(type('ULONG')), 'unknown'],
  ['descriptorAddress', '1', integer(1), 'unknown'],
  ['notNull', 'NULL', integer(0), 'nullIrp'],
  ['notNull', 'irp', object(type('PIRP')), 'unknown'],
  ['notNull', 'unknown', unknown, 'unknown'],
])('%s, given %s: %s', (expectation, _given, value, expected) => {
  expect(verdict(expectation, value)).toBe(expected);
});

test('only the integer 0 is a null constant', () => {
  expect([integer(0), integer(1), object(type('PVOID')), unknown].map(isNullConstant)).toEqual([true, false, false, false]);
});

describe('types', () => {
  test('descriptor pointers and objects, by name or by what they point to', () => {
    const descriptorObject = type('SECURITY_DESCRIPTOR');
    expect([DESCRIPTOR_POINTER, type('PISECURITY_DESCRIPTOR'), pointerTo(descriptorObject), pointerTo(type('ULONG'), 'PSECURITY_DESCRIPTOR'), type('PVOID'), descriptorObject].map(isDescriptorPointer))
      .toEqual([true, true, true, true, false, false]);
    expect([descriptorObject, type('SECURITY_DESCRIPTOR_RELATIVE'), record, DESCRIPTOR_POINTER].map(isDescriptorObject)).toEqual([true, true, false, false]);
  });

  test('IRP pointers, by name or by what they point to', () => {
    expect([type('PIRP'), pointerTo(type('IRP')), type('IRP'), type('PVOID'), pointerTo(record, 'PIRP')].map(isIrpPointer)).toEqual([true, true, false, false, true]);
  });

  test('the size of a pointer: pointers and pointer-sized integers yes, objects no, the unknown unknown', () => {
    expect([DESCRIPTOR_POINTER, type('ULONG_PTR'), primitiveType('size_t'), type('ULONG'), primitiveType('int'), record, { kind: 'array', of: VOID } as CType, VOID, UNKNOWN].map(hasPointerSize))
      .toEqual([true, true, true, false, false, false, false, false, undefined]);
  });

  test('types as messages write them', () => {
    expect([DESCRIPTOR_POINTER, pointerTo(record), { kind: 'array', of: type('UCHAR') } as CType, type('ULONG'), record, VOID, UNKNOWN].map(describeType))
      .toEqual(['PSECURITY_DESCRIPTOR', 'ENDPOINT *', 'UCHAR[]', 'ULONG', 'ENDPOINT', 'void', '?']);
    expect([builtinType('HANDLE'), builtinType('PKEVENT'), builtinType('NOT_A_TYPE'), primitiveType('void')]).toEqual([
      { kind: 'pointer', to: VOID, name: 'HANDLE' },
      { kind: 'pointer', to: { kind: 'record', name: 'KEVENT', key: 'KEVENT' }, name: 'PKEVENT' },
      undefined,
      VOID,
    ]);
  });
});
