// The hover text is written from the API table: these checks keep wsk/docs.ts complete when the table
// grows (a new function, parameter, control code or operation).

import { describe, expect, test } from 'vitest';
import { ACCEPT_EVENT_CALLBACK, CONTROL_CODES, DESCRIPTOR_TYPES, OPERATIONS, WSK_FUNCTIONS, WSK_NAMES, wskFunction } from '../../server/src/wsk/api';
import { DOCUMENTED_NAMES, exampleCall, expectationText, nameDoc, operationDoc, paramType, signature } from '../../server/src/wsk/docs';

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

  test('each control code documents every argument of its contracts', () => {
    for (const code of CONTROL_CODES) {
      const doc = nameDoc(code.name) ?? '';
      const operations = OPERATIONS.filter((op) => op.controlCode === code.name);
      expect(operations.length, code.name).toBeGreaterThan(0);
      for (const op of operations) {
        expect(doc).toContain(operationDoc(op));
        for (const arg of op.contract.args) expect(doc).toContain(`- \`${arg.param}\`: ${expectationText(arg.expect)} — ${arg.because}`);
      }
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
});
