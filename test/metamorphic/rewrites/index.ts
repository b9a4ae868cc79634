// The rewrites, in the order of issue 11's list: the meaning-preserving ones, then the cures.

import { aliasArgument, castArgument } from './alias-argument';
import { aliasPointer } from './alias-pointer';
import { macroCall } from './macro-call';
import { sizeofType, sizeofVariable } from './sizeof-variable';
import { returnThroughLocal } from './return-through-local';
import { contextParameter } from './context-parameter';
import { cureBug } from './cures';
import { extractAllocation, initAllocation } from './extract-allocation';
import { extractCall } from './extract-call';
import type { RewriteKind } from './kind';
import { addIdiom, copyFunction } from './look-alike';
import { flipComparison } from './flip-comparison';
import { negateCondition } from './negate-condition';
import { renameLocal } from './rename-local';
import { returnToGoto } from './return-to-goto';
import { splitDeclaration } from './split-declaration';
import { waitFunction, waitMacro } from './wait';
import { wrapDoWhile, wrapTryFinally } from './wrap-block';

/** Rewrites that keep the program's meaning: its findings must stay. */
export const PRESERVING: readonly RewriteKind[] = [
  extractCall,
  extractAllocation,
  initAllocation,
  waitFunction,
  waitMacro,
  wrapDoWhile,
  wrapTryFinally,
  renameLocal,
  splitDeclaration,
  returnToGoto,
  negateCondition,
  flipComparison,
  aliasArgument,
  aliasPointer,
  castArgument,
  macroCall,
  sizeofVariable,
  sizeofType,
  returnThroughLocal,
  contextParameter,
  copyFunction,
  addIdiom,
];

/** Every rewrite by name, the cures included. */
export const KINDS: ReadonlyMap<string, RewriteKind> = new Map([...PRESERVING, cureBug].map((kind) => [kind.name, kind]));
