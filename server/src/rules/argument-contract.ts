// Shared by the argument rules (WSK001, WSK002, WSK005, WSK012): which arguments of a call break their
// contract, how to say so, and what to write instead. Not a rule itself.

import type { ArgumentContract, ArgumentKind } from '../wsk/api';
import { expectedText } from '../wsk/api';
import type { WskCall } from '../analysis/calls';
import { contractOf } from '../analysis/calls';
import type { Problem } from '../analysis/contracts';
import { judge } from '../analysis/contracts';
import type { Node } from '../parse/treeSitter';
import type { ReportedFix, RuleContext } from '../analysis/rule';
import { isDescriptorPointer, isIrpPointer } from '../analysis/types';
import type { CType } from '../analysis/types';
import { capitalised, message } from './render';
import { stripCasts } from '../analysis/syntax';

export interface Breach {
  readonly param: string;
  readonly node: Node;
  readonly contract: ArgumentContract;
  readonly problem: Problem;
}

/** The arguments of the given kinds that break the call's contract. */
export function breaches(call: WskCall, kinds: readonly ArgumentKind[], context: RuleContext): Breach[] {
  const found: Breach[] = [];
  for (const param of call.api.params) {
    const contract = contractOf(call, param.name);
    const node = call.arg(param.name);
    if (!contract || !node || !kinds.includes(contract.kind)) continue;
    // A wrapper that passes its parameter on in the wrong shape (`Template` where `&Template` is due)
    // is reported in the wrapper, once: its callers' arguments are then not the WSK call's to judge.
    const inner = call.via?.inner.arg(param.name);
    if (call.via && inner && judge(contract.expect, call.via.innerValues.evaluate(inner)).ok === false) continue;
    const verdict = judge(contract.expect, context.values.evaluate(node));
    if (verdict.ok === false) found.push({ param: param.name, node, contract, problem: verdict.problem });
  }
  return found;
}

/** The operation as messages name it: `an SO_WSK_SECURITY set`, `WSK_CACHE_SD`. */
export function operationName(call: WskCall): string {
  const op = call.operation ?? call.candidates[0];
  if (!op) return call.api.name;
  return op.requestType ? `an ${op.contract.operation}` : op.contract.operation;
}

/** The message: the argument and the expected value first, then why the given one is wrong. */
export function breachMessage(call: WskCall, breach: Breach, context: RuleContext): string {
  const { param, contract, problem } = breach;
  const given = context.describe(problem === 'descriptorItself' ? stripCasts(breach.node) : breach.node);
  const expected = expectedText(contract.expect);
  const op = operationName(call);
  const because = `${capitalised(contract.because)}.`;
  switch (problem) {
    case 'integerSize':
      return message(
        [`${param} must be ${expected} for ${op}, not the literal ${given}.`, 'The literal is the size of a pointer on one target only.'],
        [`${param} must be ${expected} for ${op}.`, `The literal ${given} is the size of a pointer on one target only.`],
      );
    case 'zeroSize':
      return message([`${param} must be ${expected} for ${op}, not ${given}.`, because], [`${param} must be ${expected} for ${op}.`, `It is ${given}. ${because}`]);
    case 'descriptorObjectSize':
      return message([`${param} must be ${expected} for ${op}.`, `${given} is the size of the descriptor itself; the call takes a pointer to it.`]);
    case 'objectSize':
      return message([`${param} must be ${expected} for ${op}.`, `${given} is not the size of a pointer. ${because}`]);
    case 'nonzeroSize':
      return message([`${param} must be 0 for ${op}, not ${given}.`, because], [`${param} must be 0 for ${op}.`, `It is ${given}. ${because}`]);
    case 'nullBuffer':
      return message(
        [`${param} must be the address of a PSECURITY_DESCRIPTOR variable (&sd) for ${op}, not ${given}.`, because],
        [`${param} must be the address of a PSECURITY_DESCRIPTOR variable (&sd), not ${given}.`, because],
        [`${param} must be the address of a PSECURITY_DESCRIPTOR variable (&sd).`, `It is ${given}. ${because}`],
      );
    case 'descriptorItself':
      return message(
        [`${param} must be the address of the descriptor pointer (&${given}), not the pointer ${given} itself.`, because],
        [`${param} must be the address of the descriptor pointer (&${given}).`, `Pass &${given}, not the pointer ${given} itself: ${contract.because}.`],
        [`${param} must be the address of the descriptor pointer, not the pointer itself.`, `Pass &${given}, not the pointer ${given} itself: ${contract.because}.`],
      );
    case 'descriptorObjectAddress':
      return message(
        [`${param} is the address of a SECURITY_DESCRIPTOR object, not of a cached copy.`, `Pass the address of a PSECURITY_DESCRIPTOR variable holding a copy cached with WSK_CACHE_SD, not ${given}.`],
      );
    case 'notNull':
      return message([`${param} must be NULL for ${op}, not ${given}.`, because], [`${param} must be NULL for ${op}.`, `It is ${given}. ${because}`]);
    case 'nullIrp':
      return message([`${param} must not be NULL for ${op}.`, `${because} Allocate one with IoAllocateIrp and check it for NULL.`]);
  }
}

/** The fixes for a breach: the expected argument where it can be written down. */
export function breachFixes(call: WskCall, breach: Breach, context: RuleContext): ReportedFix[] {
  const { node, contract, problem } = breach;
  const replace = (newText: string, preferred: boolean, title = `Replace ${context.text(node)} with ${newText}`): ReportedFix[] =>
    [{ title, edits: [{ target: node, newText }], preferred }];
  switch (problem) {
    case 'integerSize': case 'zeroSize': case 'descriptorObjectSize': case 'objectSize': case 'nonzeroSize': {
      const expected = expectedText(contract.expect);
      return expected ? replace(expected, true) : [];
    }
    case 'notNull':
      return replace('NULL', true);
    case 'descriptorItself': {
      const inner = stripCasts(node);
      const text = context.text(inner);
      const operand = /^[\w.>-]+$/.test(text.replace(/\s+/g, '')) ? text : `(${text})`;
      return [{ title: `Pass the address: &${operand}`, edits: [{ target: inner, newText: `&${operand}` }], preferred: true }];
    }
    case 'nullBuffer': case 'descriptorObjectAddress': {
      // The one descriptor pointer in scope that the call does not use already (the input of a cache is not its output).
      const used = new Set(call.args.flatMap((arg) => arg.descendantsOfType('identifier').map((id) => id?.text)));
      const only = onlyVariable(context, node, (type) => isDescriptorPointer(type), used);
      return only ? replace(`&${only}`, false) : [];
    }
    case 'nullIrp': {
      const only = onlyVariable(context, node, isIrpPointer);
      return only ? replace(only, false, `Pass the IRP ${only}`) : [];
    }
  }
}

/** The name of the one variable in scope (not among `excluded`) whose type passes the test, if there is exactly one. */
function onlyVariable(context: RuleContext, at: Node, test: (type: CType) => boolean, excluded: ReadonlySet<string | undefined> = new Set()): string | undefined {
  const matching = context.variablesInScope(at).filter((variable) => test(variable.type) && !excluded.has(variable.declaration.name));
  return matching.length === 1 ? matching[0].declaration.name : undefined;
}
