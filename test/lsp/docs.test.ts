// The hover text is written from the API table: these checks keep wsk/docs.ts complete when the table
// grows (a new function, parameter, control code or operation).

import { describe, expect, test } from 'vitest';
import { ACCEPT_EVENT_CALLBACK, CONTROL_CODES, DESCRIPTOR_TYPES, OPERATIONS, WSK_FUNCTIONS, WSK_NAMES, wskFunction } from '../../server/src/wsk/api';
import { CONTROL_ROW_CODES, controlRowsOf } from '../../server/src/wsk/controls';
import { DOCUMENTED_NAMES, argumentDoc, exampleCall, expectationText, nameDoc, paramType, signature } from '../../server/src/wsk/docs';

describe('WSK docs', () => {
  test('every parameter of every function has a C type, and signatures list them in order', () => {
    for (const fn of [...WSK_FUNCTIONS, ACCEPT_EVENT_CALLBACK]) {
      const declared = signature(fn).split('\n').slice(1, -1).map((line) => line.trim().replace(/,$/, ''));
      expect(declared).toEqual(fn.params.map((param) => `${paramType(fn, param.name)} ${param.name}`.replace('* ', '*')));
      for (const param of fn.params) expect(paramType(fn, param.name), `${fn.name}.${param.name}`).toBeDefined();
    }
  });

  test('every WSK name and descriptor type has docs; other names have none', () => {
    for (const name of [...WSK_NAMES, ACCEPT_EVENT_CALLBACK.name, ...DESCRIPTOR_TYPES.pointer, ...DESCRIPTOR_TYPES.object]) {
      expect(nameDoc(name), name).toBeTruthy();
      expect(DOCUMENTED_NAMES).toContain(name);
    }
    expect(nameDoc('WskControlSocketEx')).toBeUndefined();
    expect(nameDoc('SECURITY_INFORMATION')).toBeUndefined();
  });

  test('the IRQL names WSK025 reads have docs: each acquire names its release', () => {
    expect(nameDoc('KeAcquireSpinLock')).toContain('at DISPATCH_LEVEL until KeReleaseSpinLock');
    expect(nameDoc('KeAcquireInStackQueuedSpinLock')).toContain('until KeReleaseInStackQueuedSpinLock');
    expect(nameDoc('WdfSpinLockAcquire')).toContain('until WdfSpinLockRelease');
    expect(nameDoc('KeRaiseIrql')).toContain('until KeLowerIrql');
    for (const name of ['KeReleaseSpinLock', 'KeInitializeDpc', '_IRQL_requires_min_', 'PAGED_CODE', 'WSK_NO_WAIT', 'WSK_INFINITE_WAIT']) {
      expect(nameDoc(name), name).toBeTruthy();
      expect(DOCUMENTED_NAMES).toContain(name);
    }
    expect(nameDoc('KeAcquireSpinLockFoo')).toBeUndefined();
  });

  test('a function or control code hover is a dozen lines at most: the form of the operation asked for, or every form, and its reference page', () => {
    for (const name of [...WSK_FUNCTIONS.map((fn) => fn.name), ACCEPT_EVENT_CALLBACK.name, ...CONTROL_CODES.map((code) => code.name)]) {
      const operations = OPERATIONS.filter((op) => op.function === name || op.controlCode === name);
      for (const op of [undefined, ...operations]) {
        const doc = nameDoc(name, op) ?? '';
        expect(doc.split('\n').length, `${name} ${op?.contract.operation ?? ''}`).toBeLessThanOrEqual(12);
        expect(doc).toContain(`[${name} on Microsoft Learn](https://learn.microsoft.com/windows-hardware/drivers/`);
        const shown = op ? [op] : CONTROL_CODES.some((code) => code.name === name) ? operations : [];
        for (const form of operations) expect(doc.includes(exampleCall(form)), `${name}: ${form.contract.operation}`).toBe(shown.includes(form));
      }
    }
  });

  test('the argument hovers tell every expectation of every contract', () => {
    for (const op of OPERATIONS) {
      const fn = wskFunction(op.function);
      for (const arg of op.contract.args) expect(argumentDoc(fn!, arg.param, [op])).toContain(`${expectationText(arg.expect)}, because ${arg.because}.`);
    }
  });

  test('example calls pass one argument per parameter, the operation\'s constants in place', () => {
    for (const op of OPERATIONS) {
      const fn = wskFunction(op.function);
      const call = exampleCall(op);
      const args = call.slice(call.indexOf('(') + 1, -1).split(', ');
      expect(args).toHaveLength(fn?.params.length ?? -1);
      expect(args).toContain(op.controlCode);
      if (op.requestType) expect(args).toContain(op.requestType);
    }
  });

  test('every code of the control-operation table: a dozen lines, each form of its rows, the IRP rule, the reference page', () => {
    for (const code of CONTROL_ROW_CODES) {
      const doc = nameDoc(code) ?? '';
      expect(doc.split('\n').length, code).toBeLessThanOrEqual(12);
      for (const row of controlRowsOf(code)) expect(doc, code).toContain(`${row.function}(`);
      expect(doc).toMatch(/IRP/);
      expect(doc).toContain(`[${code} on Microsoft Learn](https://learn.microsoft.com/windows-hardware/drivers/network/`);
    }
  });
});
