// The run of the rules over one parsed file: each rule's calls, functions and file checks, its reports
// turned into findings (source locations through the macro view, related places, fixes), findings by
// the function they are about (for reuse.ts), the functions the path engine did not fully analyse, and
// superseding and de-duplication. Workspace.analyze calls it per file.

import type { Node } from '../parse/treeSitter';
import type { ParsedFile } from '../parse/document';
import { expandText } from '../parse/macros';
import type { Config } from './config';
import type { Finding, Fix, Related, Severity, SkippedFunction, Span, TextEdit } from './findings';
import { functionDeclarator, functionDefinitions, functionName } from './syntax';
import type { Report, Rule, RuleContext, Target } from './rule';
import type { FunctionPaths } from './paths';
import type { Program } from './program';
import type { FileAnalysis, Workspace } from './workspace';

/** What the rules reported in a file: all of it, by the function whose call or body it is about, and the rest. */
export interface RuleRun {
  readonly all: Finding[];
  readonly byFunction: Map<number, Finding[]>;
  readonly outside: Finding[];
}

/** `only`: the definitions (by id) whose calls and bodies are checked; by default all. */
export function runRules(analysis: FileAnalysis, rules: readonly Rule[], config: Config, workspace: Workspace, only?: ReadonlySet<number>): RuleRun {
  const ran: RuleRun = { all: [], byFunction: new Map(), outside: [] };
  const program = workspace.programView(config.wrappers);
  const functions = program.functionsOf(analysis, only);
  const calls = program.callsOf(analysis, only);
  const paths = (definition: Node) => (definition.type === 'function_definition' ? program.pathsOf(analysis, definition) : undefined);
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.meta.severity;
    let about: Node | undefined;
    const emit = (report: Report) => {
      const finding = toFinding(analysis.parsed, workspace, rule, severity, report);
      ran.all.push(finding);
      if (!about) ran.outside.push(finding);
      else {
        const list = ran.byFunction.get(about.id);
        if (list) list.push(finding);
        else ran.byFunction.set(about.id, [finding]);
      }
    };
    const context = makeContext(analysis, workspace, program, paths, emit);
    if (rule.onCall) {
      for (const call of calls) {
        about = call.inFunction ?? undefined;
        // A wrapper call is checked as the WSK call it makes: the finding names that call too.
        const via = call.via;
        rule.onCall(call, via ? { ...context, report: (report) => emit({ ...report, related: [...(report.related ?? []), { target: via.inner.callee, file: via.file, message: `${via.wrapper} passes it on to ${call.api.name} here` }] }) } : context);
      }
    }
    if (rule.onFunction) {
      for (const info of functions) {
        about = info.definition;
        rule.onFunction(info, context);
      }
    }
    if (rule.onDefinition) {
      for (const definition of functionDefinitions(analysis.root)) {
        if (only && !only.has(definition.id)) continue;
        about = definition;
        rule.onDefinition(definition, context);
      }
    }
    about = undefined;
    rule.onFile?.(analysis.root, context);
  }
  return ran;
}

/** A function not fully analysed, as the path engine left it, and as reported. */
export interface Trip {
  readonly definition: Node;
  readonly skipped: SkippedFunction;
}

/** The functions of a file not fully analysed (of `only`, when given). */
export function skippedFunctionsOf(path: string, parsed: ParsedFile, program: Program, only?: ReadonlySet<number>): Trip[] {
  const trips: Trip[] = [];
  for (const { definition, paths } of program.budgetTrips(path)) {
    if (only && !only.has(definition.id)) continue;
    const name = functionDeclarator(definition)?.childForFieldName('declarator') ?? definition;
    const { span } = location(parsed, name);
    const at = paths.incomplete && !paths.budgetExceeded ? paths.incomplete.at : undefined;
    const partialAt = at && at.id !== definition.id ? parsed.lines.position(location(parsed, at).span.start).line + 1 : undefined;
    trips.push({
      definition,
      skipped: {
        file: path,
        span,
        start: parsed.lines.position(span.start),
        end: parsed.lines.position(span.end),
        function: name.text,
        reason: at ? 'partial' : 'skipped',
        message: !at
          ? `${name.text} was not fully analysed: too many or too long paths to follow.\nIts ordering and lifetime rules are skipped here, to stay within the analysis budget.`
          : partialAt !== undefined
            ? `${name.text} was not fully analysed: more paths meet at line ${partialAt} than the budget follows.\nIts findings hold for the paths followed; others may be missed.`
            : `${name.text} was not fully analysed: its paths are too long to follow whole.\nIts findings hold for the paths followed; others may be missed.`,
      },
    });
  }
  return trips;
}

/** A function definition of a file, with its name and its source span. */
export interface FunctionSpan {
  readonly name: string;
  readonly definition: Node;
  readonly start: number;
  readonly end: number;
}

/** The file's function definitions, when each has a name of its own and a place in the source outside any macro. */
export function functionSpans(analysis: FileAnalysis): FunctionSpan[] | undefined {
  const result: FunctionSpan[] = [];
  const names = new Set<string>();
  for (const definition of functionDefinitions(analysis.root)) {
    const name = functionName(definition);
    const source = analysis.parsed.map.toSource(definition.startIndex, definition.endIndex);
    if (name === undefined || names.has(name) || source.inExpansion) return undefined;
    names.add(name);
    result.push({ name, definition, start: source.start, end: source.end });
  }
  return result;
}


/** A finding of a more specific rule replaces those of the rules it supersedes on the same range. */
export function supersede(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const superseded = new Map<string, Set<string>>();
  for (const rule of rules) for (const other of rule.meta.supersedes ?? []) superseded.set(other, (superseded.get(other) ?? new Set()).add(rule.meta.id));
  if (superseded.size === 0) return findings;
  // The rules reported on each range, so that each finding asks once (not every other finding).
  const rulesAt = new Map<string, Set<string>>();
  for (const finding of findings) {
    const key = `${finding.span.start}:${finding.span.end}`;
    const rules = rulesAt.get(key);
    if (rules) rules.add(finding.rule);
    else rulesAt.set(key, new Set([finding.rule]));
  }
  return findings.filter((finding) => {
    const by = superseded.get(finding.rule);
    const here = by && rulesAt.get(`${finding.span.start}:${finding.span.end}`);
    return !here || ![...by].some((rule) => here.has(rule));
  });
}

function makeContext(analysis: FileAnalysis, workspace: Workspace, program: Program, paths: (definition: Node) => FunctionPaths | undefined, emit: (report: Report) => void): RuleContext {
  const { parsed, values } = analysis;
  return {
    file: parsed.path,
    values,
    // Asked by few rules, and only when they report: an edit's analysis then finds the wrapper calls of the file's other functions.
    get calls() {
      return program.callsOf(analysis);
    },
    callsIn: (definition) => program.callsIn(analysis, definition),
    paths,
    releasedAnywhere: (storage) => program.releasedAnywhere(storage, values),
    descriptorHelpers: () => program.descriptorHelpers().map((helper) => ({
      ...helper,
      params: helper.params.map((param) => ({ name: param.name, type: workspace.types.typeOf(param.spec, param.declarator) })),
    })),
    isNamedHere: (name) => workspace.isNamedIn(parsed.path, name),
    roles: () => program.roles(),
    irql: () => program.irql(),
    eventCallbacks: () => program.eventCallbacks(),
    routineSummaryOf: (name) => program.summaryOf(name, 3, true),
    memoryFreesOf: (name, count) => program.memoryFreesOf(name, count),
    mayKnowIrp: (definition) => program.mayKnowIrp(definition),
    macrosAt: (target) => {
      const env = workspace.macrosOf(parsed.path);
      const offset = location(parsed, target).span.start;
      const macros: { name: string; params: readonly string[]; body: string }[] = [];
      for (const name of env?.names() ?? []) {
        const define = env?.lookup(name, offset);
        if (define?.params && !define.variadic) macros.push({ name, params: define.params, body: define.body });
      }
      return macros.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    expandAt: (target, code) => {
      const env = workspace.macrosOf(parsed.path);
      return env ? expandText(code, env, location(parsed, target).span.start, workspace.expansionPolicy(parsed.path)) : undefined;
    },
    lineOf: (target) => parsed.lines.position(location(parsed, target).span.start).line + 1,
    indentOf: (target) => {
      const line = parsed.lines.position(location(parsed, target).span.start).line;
      return /^[ \t]*/.exec(parsed.text.slice(parsed.lines.lineStart(line)))?.[0] ?? '';
    },
    text: (target) => sourceText(parsed, target),
    describe: (target) => {
      const written = sourceText(parsed, target);
      const { start, end } = viewSpan(target);
      const expanded = parsed.view.slice(start, end).replace(/\s+/g, ' ').trim();
      return parsed.map.toSource(start, end).inExpansion && expanded !== written ? `${written} (${expanded})` : written;
    },
    inMacro: (target) => location(parsed, target).inExpansion,
    variablesInScope: (at: Node) => (values.scopesAt(at)?.visible(at.startIndex) ?? []).map((declaration) => ({
      declaration,
      type: workspace.types.typeOf(declaration.spec, declaration.declarator),
    })),
    report: emit,
  };
}

function viewSpan(target: Target): Span {
  return 'startIndex' in target ? { start: target.startIndex, end: target.endIndex } : { start: target.start, end: target.end };
}

/**
 * The user's text for a target: the source where it maps back exactly; for the whole expansion of a
 * macro, the macro use as written (`IPPROTO_TCP`, not `6`); else the expanded text.
 */
function sourceText(parsed: ParsedFile, target: Target): string {
  const { start, end } = viewSpan(target);
  const source = location(parsed, target);
  if (!source.inExpansion) return parsed.text.slice(source.span.start, source.span.end);
  const expansion = parsed.map.expansionAt(start);
  const expanded = parsed.view.slice(start, end).replace(/\s+/g, ' ').trim();
  if (expansion && parsed.view.slice(expansion.viewStart, expansion.viewEnd).replace(/\s+/g, ' ').trim() === expanded) {
    return parsed.text.slice(expansion.useStart, expansion.useEnd);
  }
  return expanded;
}

/**
 * Where a target is in the source. Inside a macro expansion, a target that is the whole expansion is the
 * macro use (`SD_SIZE`), and a target that is exactly one argument of the use is that argument as written
 * (`MY_CACHE(ctx, sizeof(SECURITY_DESCRIPTOR))`: the size): an edit can change either. Anything else of
 * an expansion is the macro's name, which an edit cannot change.
 */
function location(parsed: ParsedFile, target: Target): { span: Span; inExpansion: boolean } {
  const { start, end } = viewSpan(target);
  const source = parsed.map.toSource(start, end);
  if (source.inExpansion) {
    const whole = parsed.map.wholeExpansion(start, end, parsed.view);
    if (whole) return { span: { start: whole.useStart, end: whole.useEnd }, inExpansion: false };
    const argument = parsed.map.argumentSource(start, end, parsed.view, parsed.pre.masked);
    if (argument) return { span: argument, inExpansion: false };
  }
  return { span: { start: source.start, end: source.end }, inExpansion: source.inExpansion };
}

function toFinding(parsed: ParsedFile, workspace: Workspace, rule: Rule, severity: Severity, report: Report): Finding {
  const within = (file: ParsedFile) => (span: Span) => ({ file: file.path, span, start: file.lines.position(span.start), end: file.lines.position(span.end) });
  const at = within(parsed);
  const { span } = location(parsed, report.target);
  const related: Related[] = [];
  for (const item of report.related ?? []) {
    const file = item.file && item.file !== parsed.path ? workspace.parsedOf(item.file) : parsed;
    if (file) related.push({ ...within(file)(location(file, item.target).span), message: item.message });
  }
  const fixes: Fix[] = [];
  for (const fix of report.fixes ?? []) {
    const edits: TextEdit[] = [];
    let editable = true;
    for (const edit of fix.edits) {
      const mapped = location(parsed, edit.target);
      if (mapped.inExpansion) editable = false;
      edits.push({ ...at(mapped.span), newText: edit.newText });
    }
    if (editable) fixes.push({ title: fix.title, edits, preferred: fix.preferred ?? false });
  }
  return { ...at(span), rule: rule.meta.id, name: rule.meta.name, severity, message: report.message, related, fixes };
}

/** One finding per rule and range. */
export function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((finding, index) => {
    const previous = sorted[index - 1];
    return !previous || previous.file !== finding.file || previous.rule !== finding.rule
      || previous.span.start !== finding.span.start || previous.span.end !== finding.span.end;
  });
}
