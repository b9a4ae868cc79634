// What a rule is, and what the core hands it. Rules live in server/src/rules/ (one file each) and are
// passed to the analysis, so the core never imports them.

import type { Node } from '../parse/treeSitter';
import type { WskCall } from './calls';
import type { Declaration } from './declarations';
import type { CType } from './types';
import type { ValueReader } from './values';
import type { FunctionPaths } from './paths';
import type { FunctionInfo } from './program';
import type { MemoryFree, Summary } from './summary';
import type { Roles } from './roles';
import type { Irql } from './irql';
import type { EventCallbacks } from './eventCallbacks';

export interface RuleMeta {
  /** Stable ID: `WSK001`. Never reused for another meaning. */
  readonly id: string;
  /** Kebab-case name of the bad pattern: `security-option-size`; also the rule file's name. */
  readonly name: string;
  readonly severity: 'error' | 'warning';
  /** `safe`: the fix makes the code correct on its own; `unsafe`: review it; `none`: no fix. */
  readonly fix: 'safe' | 'unsafe' | 'none';
  /** Less specific rules whose finding on the same argument this rule's finding replaces. */
  readonly supersedes?: readonly string[];
}

export interface RuleDocs {
  /** One sentence: the SARIF short description and the README row. */
  readonly summary: string;
  /** Why is this bad? (Markdown.) */
  readonly why: string;
  /** C code that yields exactly one finding of this rule. */
  readonly invalid: string;
  /** C code that yields no finding of this rule. */
  readonly valid: string;
  /** When the fix is offered, in a few words (the README's fix column), where there is one. */
  readonly fixWhen?: string;
  /** How far the fix can be trusted, where there is one. */
  readonly fixSafety?: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  readonly docs: RuleDocs;
  /** Called for every WSK call whose argument count fits. */
  onCall?(call: WskCall, context: RuleContext): void;
  /**
   * Called for every function with WSK calls or calls to helpers that do what the rules follow; the
   * rule asks `context.paths` when it needs the paths.
   */
  onFunction?(info: FunctionInfo, context: RuleContext): void;
  /**
   * Called for every function definition of the file (what it finds there is about that function: an
   * edit elsewhere keeps it, see reuse.ts).
   */
  onDefinition?(definition: Node, context: RuleContext): void;
  /** Called once per file with its syntax tree, for what lives outside functions (initializers of globals). */
  onFile?(root: Node, context: RuleContext): void;
}

/** Where an edit or location goes: a node of the analysed tree, or view offsets. */
export type Target = Node | { readonly start: number; readonly end: number };

export interface ReportedFix {
  readonly title: string;
  readonly edits: readonly { readonly target: Target; readonly newText: string }[];
  readonly preferred?: boolean;
}

export interface Report {
  readonly target: Target;
  readonly message: string;
  /** Related locations; `file` when the target is in another file of the workspace (inside a helper). */
  readonly related?: readonly { readonly target: Target; readonly message: string; readonly file?: string }[];
  readonly fixes?: readonly ReportedFix[];
}

export interface RuleContext {
  readonly file: string;
  readonly values: ValueReader;
  /** The text of a node as the user wrote it (for a node inside a macro expansion, the expanded text). */
  text(target: Target): string;
  /** The text for a message: as written, with a macro's expansion after its name (`SD_SIZE (sizeof(SECURITY_DESCRIPTOR))`). */
  describe(target: Target): string;
  /** Whether a node comes from a macro expansion (fixes cannot edit it). */
  inMacro(target: Target): boolean;
  /** Variables visible at a node, with their types, innermost first. */
  variablesInScope(at: Node): readonly { readonly declaration: Declaration; readonly type: CType }[];
  /** The path engine's results for a function (computed once, on first use). */
  paths(definition: Node): FunctionPaths | undefined;
  /** The 1-based line of a target in the source, for messages. */
  lineOf(target: Target): number;
  /** The leading whitespace of the source line a target starts on (for inserted statements). */
  indentOf(target: Target): string;
  /** Every WSK call of the file. */
  readonly calls: readonly WskCall[];
  /** The WSK calls of one function of the file (those of `calls` inside it, found without the others'). */
  callsIn(definition: Node): readonly WskCall[];
  /** Whether the field or global an expression stores into (`&ctx->Sd`) is released somewhere in the workspace. */
  releasedAnywhere(storage: Node): boolean;
  /** The workspace's functions whose summaries may speak of descriptors, with their parameters (helpers a fix can call). */
  descriptorHelpers(): readonly { readonly name: string; readonly params: readonly { readonly name: string; readonly type: CType }[]; readonly summary: Summary }[];
  /** What functions are to the I/O manager: completion routines and where they are set, dispatch routines. */
  roles(): Roles;
  /** Where functions and regions may run at DISPATCH_LEVEL, and what blocks there. */
  irql(): Irql;
  /** Which functions are WSK event callbacks (by dispatch slot), and the client dispatch tables with their slots. */
  eventCallbacks(): EventCallbacks;
  /** The summary of a completion routine of the workspace (what it does to its DeviceObject, Irp and Context), when it has one. */
  routineSummaryOf(name: string): Summary | undefined;
  /** What a function of the workspace frees or unlocks of what it is handed (its summary's freesMemory, or the same for one without a summary). */
  memoryFreesOf(name: string, argumentCount: number): readonly MemoryFree[];
  /** Whether a function may hold an IRP the engine knows the setup or NULL-ness of (it, or a helper, allocates or reuses one). */
  mayKnowIrp(definition: Node): boolean;
  /** Whether this file or a header it includes names a function (so that a call to it compiles here). */
  isNamedHere(name: string): boolean;
  /** The function-like macros defined where a target is, with their parameters and body (macros a fix can use). */
  macrosAt(target: Target): readonly { readonly name: string; readonly params: readonly string[]; readonly body: string }[];
  /** What code written where a target is would expand to (its macros expanded as the analysis does), or undefined. */
  expandAt(target: Target, code: string): string | undefined;
  report(report: Report): void;
}
