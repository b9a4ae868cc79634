// Hover: documentation of the WSK name under the cursor (wherever it is written as code, also as the
// field of a dispatch table), in the form of the call it is in, and, inside an argument of a matched WSK
// call, which parameter it is and what the contract of the call's operation expects there. The
// argument comes first: a diagnostic on a WSK call is on an argument, and what that argument must be is
// what the user looks for there. The text comes from wsk/docs.ts.
//
// Offsets are the user's source; the tree is of the view, where macro uses were expanded. A position
// inside an expanded macro use has no place of its own in the view: it still gets the docs of a WSK name
// written there (those are never expanded), and the argument the whole use stands in.

import type { Hover } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../analysis/workspace';
import type { WskCall } from '../analysis/calls';
import type { Span } from '../analysis/findings';
import type { Node } from '../parse/treeSitter';
import type { ParsedFile } from '../parse/document';
import { controlRowOf } from '../analysis/controlContracts';
import { argumentDoc, hasExpectation, nameDoc } from '../wsk/docs';

/** Node types a WSK name can be in when it is code (not a comment or a string). */
const NAME_NODES = new Set(['identifier', 'field_identifier', 'type_identifier', 'preproc_arg']);

const SEPARATOR = '\n\n---\n\n';

export function hoverAt(analysis: FileAnalysis, offset: number): Hover | null {
  const { parsed, calls } = analysis;
  const sections: string[] = [];
  let range: Span | undefined;

  const word = wordAt(parsed.text, offset);
  const callee = word ? calleeAt(calls, parsed, word) : undefined;
  const argument = callee ? undefined : argumentAt(calls, viewRangeAt(parsed, offset));
  const name = word && isCode(parsed, word) ? parsed.text.slice(word.start, word.end) : undefined;
  const call = callee ?? argument?.call;
  // A call whose code is a row of the control-operation table (SO_REUSEADDR, SIO_…): its form and contract.
  const control = call ? controlRowOf(call, analysis.values) : undefined;
  const doc = name ? nameDoc(name, call?.operation, control) : undefined;

  if (argument) {
    const operations = argument.call.operation ? [argument.call.operation] : argument.call.requestTypeWrong ? [] : argument.call.candidates;
    // A name with docs of its own (`SO_WSK_SECURITY`) is about itself unless the contract says something there.
    if (!doc || hasExpectation(argument.param, operations, control)) {
      sections.push(argumentDoc(argument.call.api, argument.param, operations, control));
      const source = parsed.map.toSource(argument.node.startIndex, argument.node.endIndex);
      range = { start: source.start, end: source.end };
    }
  }
  if (word && doc) {
    sections.push(doc);
    range ??= word;
  }

  if (!range || sections.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join(SEPARATOR) },
    range: { start: parsed.lines.position(range.start), end: parsed.lines.position(range.end) },
  };
}

/** The identifier the offset is on (or just after, as editors place the cursor). */
function wordAt(text: string, offset: number): Span | undefined {
  const isWordChar = (index: number) => index >= 0 && index < text.length && /[A-Za-z0-9_]/.test(text[index]);
  let start = offset;
  if (!isWordChar(start)) {
    if (!isWordChar(start - 1)) return undefined;
    start--;
  }
  let end = start;
  while (isWordChar(start - 1)) start--;
  while (isWordChar(end)) end++;
  return /^[A-Za-z_]/.test(text[start]) ? { start, end } : undefined;
}

/** Whether the word is code: not in a comment, string or dead `#if 0` group. */
function isCode(parsed: ParsedFile, word: Span): boolean {
  const start = parsed.map.toView(word.start);
  // Inside a macro use that was expanded: the user wrote the name as code (macro arguments).
  if (start === undefined) return true;
  const node = parsed.tree.rootNode.descendantForIndex(start, start + (word.end - word.start));
  return node !== null && NAME_NODES.has(node.type);
}

/** The matched call whose callee is this word. */
function calleeAt(calls: readonly WskCall[], parsed: ParsedFile, word: Span): WskCall | undefined {
  const start = parsed.map.toView(word.start);
  return start === undefined ? undefined : calls.find((call) => call.callee.startIndex === start);
}

/** The view range that stands for the source offset: itself, or the whole macro use it is in. */
function viewRangeAt(parsed: ParsedFile, offset: number): Span | undefined {
  const view = parsed.map.toView(offset);
  if (view !== undefined) return { start: view, end: view + 1 };
  const expansion = parsed.map.expansions.find((e) => e.useStart <= offset && offset < e.useEnd);
  if (!expansion) return undefined;
  // Expansions are padded with blanks that belong to no argument.
  const text = parsed.view.slice(expansion.viewStart, expansion.viewEnd);
  const start = expansion.viewStart + (text.length - text.trimStart().length);
  return { start, end: Math.max(start + 1, expansion.viewEnd - (text.length - text.trimEnd().length)) };
}

/** The innermost argument of a matched call that holds the view range. */
function argumentAt(calls: readonly WskCall[], at: Span | undefined): { call: WskCall; param: string; node: Node } | undefined {
  if (!at) return undefined;
  let best: { call: WskCall; param: string; node: Node } | undefined;
  for (const call of calls) {
    call.args.forEach((node, index) => {
      if (node.startIndex > at.start || at.end > node.endIndex) return;
      if (best && node.endIndex - node.startIndex >= best.node.endIndex - best.node.startIndex) return;
      best = { call, param: call.api.params[index].name, node };
    });
  }
  return best;
}
