// Every rule, in ID order. A parity test keeps this list, the rule files, their fixture folders and the
// README's rule table in step.

import type { Rule } from '../analysis/rule';
import { rule as securityOptionSize } from './security-option-size';
import { rule as securityOptionBuffer } from './security-option-buffer';
import { rule as securityOptionLevel } from './security-option-level';
import { rule as securityOptionRequest } from './security-option-request';
import { rule as nullIrp } from './null-irp';
import { rule as uncheckedIrpAllocation } from './unchecked-irp-allocation';
import { rule as setAfterBind } from './set-after-bind';
import { rule as descriptorNotReleased } from './descriptor-not-released';
import { rule as releaseUnmatched } from './release-unmatched';
import { rule as releasedBeforeCompletion } from './released-before-completion';
import { rule as descriptorNotCached } from './descriptor-not-cached';
import { rule as clientControlParams } from './client-control-params';
import { rule as socketNotClosed } from './socket-not-closed';
import { rule as socketUsedAfterClose } from './socket-used-after-close';
import { rule as irpTouchedWhilePending } from './irp-touched-while-pending';
import { rule as completionRoutineContinues } from './completion-routine-continues';
import { rule as irpSetup } from './irp-setup';
import { rule as providerNpiLifetime } from './provider-npi-lifetime';
import { rule as registrationLifetime } from './registration-lifetime';
import { rule as addressInfoLifetime } from './address-info-lifetime';
import { rule as controlOperationContract } from './control-operation-contract';
import { rule as reservedOrInvalidFlags } from './reserved-or-invalid-flags';
import { rule as eventCallbackContract } from './event-callback-contract';
import { rule as dispatchCategoryMismatch } from './dispatch-category-mismatch';
import { rule as blockingInCallback } from './blocking-in-callback';

export const RULES: readonly Rule[] = [
  securityOptionSize,
  securityOptionBuffer,
  securityOptionLevel,
  securityOptionRequest,
  nullIrp,
  uncheckedIrpAllocation,
  setAfterBind,
  descriptorNotReleased,
  releaseUnmatched,
  releasedBeforeCompletion,
  descriptorNotCached,
  clientControlParams,
  socketNotClosed,
  socketUsedAfterClose,
  irpTouchedWhilePending,
  completionRoutineContinues,
  irpSetup,
  providerNpiLifetime,
  registrationLifetime,
  addressInfoLifetime,
  controlOperationContract,
  reservedOrInvalidFlags,
  eventCallbackContract,
  dispatchCategoryMismatch,
  blockingInCallback,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id.toUpperCase());
}
