// Measures how well tree-sitter-c parses driver sources, before and after our parse front:
//   node scripts/parse-quality.mjs [--worst N] PATH…
// A PATH is a .c/.h file or a folder (searched recursively). For the whole set, for its .c files alone,
// and for the files written in C (every file but the headers holding C++: classes, templates,
// namespaces, access specifiers, which no C parser reads), it prints the files, the bytes and, for three views of each file, the function definitions
// and how many of them contain an ERROR or MISSING node:
//   raw        the text as written,
//   masked     `preprocess(text).masked` (annotation macros and dead `#if 0` groups blanked),
//   workspace  what the analysis parses: every file in one Workspace, with the include directories of the
//              build files found under the PATHs (.vcxproj, .props, compile_commands.json), macros of
//              included headers expanded and the driver's own annotation macros blanked.
// `--worst N` lists the N most common causes left in the workspace view: for each function definition
// with an error, the first token of its first ERROR node (or the MISSING token), and the macro-like
// names (ALL_CAPS) in that node, each with an example location and what tree-sitter saw there.
//
// The server sources are TypeScript: scripts/load-server.mjs bundles the modules used and loads them.
import { loadServer, root } from './load-server.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';


function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/parse-quality.mjs [--worst N] PATH…\n`);
  process.exit(2);
}

const paths = [];
let worst = 0;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--worst') {
    worst = Number(argv[++i]);
    if (!Number.isInteger(worst) || worst < 0) usage('--worst takes a count');
  } else if (argv[i].startsWith('-')) {
    usage(`unknown option ${argv[i]}`);
  } else {
    paths.push(resolve(argv[i]));
  }
}
if (paths.length === 0) usage('no PATH given');

const started = performance.now();
const { Workspace, preprocess, loadParser, Query, isBuildFile, decodeSource } = await loadServer([
  "export { decodeSource } from './server/src/parse/decode';",
  "export { Workspace } from './server/src/analysis/workspace';",
  "export { isBuildFile } from './server/src/parse/sources/build';",
  "export { preprocess } from './server/src/parse/preprocess';",
  "export { loadParser } from './server/src/parse/treeSitter';",
  "export { Query } from 'web-tree-sitter';",
]);
const buildFiles = [];
const files = [...new Set(paths.flatMap(sourceFiles))].sort();
if (files.length === 0) usage('no .c or .h file found');

const parser = await loadParser();
const functionQuery = new Query(parser.language, '(function_definition) @function');

// Tallies per view, for all files, the .c files alone, and the files in C (headers of the samples hold C++ too).
const VIEWS = ['raw', 'masked', 'workspace'];
const GROUPS = [['all', 'all files'], ['c', '.c files only'], ['plain', 'files in C (headers with C++ left out)']];
const tallies = Object.fromEntries(VIEWS.map((view) => [view, Object.fromEntries(GROUPS.map(([group]) => [group, newTally()]))]));
const times = { raw: 0, masked: 0, workspace: 0 };
const texts = new Map();
const groupsOf = new Map();
const size = Object.fromEntries(GROUPS.map(([group]) => [group, { files: 0, bytes: 0 }]));
/**
 * C++ that tree-sitter-c cannot read, in a masked text: a class, a base list, a template, a namespace,
 * an access specifier, `::`, and words only C++ has.
 */
const CPP = /\b(?:class\s+\w+\s*[:{]|(?:struct|class)\s+\w+\s*:\s*(?:public|private|protected)\b|template\s*<|namespace\s+\w*\s*\{|(?:public|private|protected)\s*:|virtual\s|operator\s*\W|__interface\b|nullptr\b|(?:static|reinterpret|const|dynamic)_cast\s*<|constexpr\b)|\w::\w/;
/** First error of each function definition with an error, in the workspace view, by its first token and by macro-like name. */
const causes = { first: new Map(), names: new Map() };

for (const file of files) {
  const buffer = readFileSync(file);
  // Decoded as the analysis decodes it (Windows-1252 when not UTF-8); binary files are left out.
  const decoded = decodeSource(buffer);
  if ('problem' in decoded) continue;
  const text = decoded.text;
  texts.set(file, text);
  const masked = preprocess(text).masked;
  const groups = ['all', ...(/\.c$/i.test(file) ? ['c'] : []), ...(/\.c$/i.test(file) || !CPP.test(masked) ? ['plain'] : [])];
  groupsOf.set(file, groups);
  for (const group of groups) {
    size[group].files++;
    size[group].bytes += buffer.length;
  }
  for (const [view, source] of [['raw', () => text], ['masked', () => preprocess(text).masked]]) {
    const t0 = performance.now();
    const tree = parser.parse(source());
    times[view] += performance.now() - t0;
    measure(tree.rootNode, tallies[view], groups);
    tree.delete();
  }
}

// One workspace for the whole set, as the CLI builds for its PATHs: includes resolve between files.
const t0 = performance.now();
const workspace = await Workspace.create(paths.filter((p) => statSync(p).isDirectory()));
workspace.setBuildFiles(buildFiles);
for (const [file, text] of texts) workspace.setFile(file, text);
for (const file of texts.keys()) {
  const { parsed } = workspace.file(file);
  measure(parsed.tree.rootNode, tallies.workspace, groupsOf.get(file), worst > 0 ? (node) => recordCause(node, file, parsed) : undefined);
}
times.workspace = performance.now() - t0;
workspace.dispose();

report();

// ---------------------------------------------------------------------------------------------------

function sourceFiles(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    usage(`cannot read ${path}`);
  }
  if (stat.isFile()) return [path];
  const found = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(full));
    else if (entry.isFile() && /\.[ch]$/i.test(entry.name)) found.push(full);
    else if (entry.isFile() && isBuildFile(entry.name)) buildFiles.push({ path: full, text: readFileSync(full, 'utf8') });
  }
  return found;
}

function newTally() {
  return { functions: 0, withError: 0, insideError: 0, errorNodes: 0, missingNodes: 0, errorBytes: 0, filesWithError: 0 };
}

/**
 * Adds one tree to the tallies of its groups. `onFunctionError` sees, for each function definition
 * with an error, the first ERROR or MISSING node in it.
 */
function measure(rootNode, byGroup, groupNames, onFunctionError) {
  const groups = groupNames.map((group) => byGroup[group]);
  const add = (key, n = 1) => {
    for (const tally of groups) tally[key] += n;
  };
  for (const { node } of functionQuery.captures(rootNode)) {
    add('functions');
    // The per-function check: the definition's own subtree holds an ERROR or MISSING node.
    if (node.hasError) {
      add('withError');
      onFunctionError?.(firstError(node));
    } else if (hasErrorAncestor(node)) {
      add('insideError');
    }
  }
  if (!rootNode.hasError) return;
  add('filesWithError');
  const visit = (node) => {
    if (node.isMissing) {
      add('missingNodes');
    } else if (node.isError) {
      add('errorNodes');
      add('errorBytes', node.endIndex - node.startIndex);
      for (const child of node.children) if (child.isMissing) visit(child);
    } else {
      for (const child of node.children) if (child.hasError || child.isMissing) visit(child);
    }
  };
  visit(rootNode);
}

function firstError(node) {
  while (!node.isError && !node.isMissing) {
    const next = node.children.find((child) => child.hasError || child.isMissing);
    if (!next) break;
    node = next;
  }
  return node;
}

function hasErrorAncestor(node) {
  for (let up = node.parent; up; up = up.parent) if (up.isError) return true;
  return false;
}

function recordCause(node, file, parsed) {
  const { start } = parsed.map.toSource(node.startIndex, node.endIndex);
  const where = `${relative(process.cwd(), file)}:${parsed.lines.position(start).line + 1}`;
  if (node.isMissing) {
    // What the parser expected the token for: the end of what comes before (`try` in `try {`).
    const before = /([A-Za-z_]\w*|\S)\s*$/.exec(node.previousSibling?.text ?? '')?.[1] ?? '(start)';
    count(causes.first, `MISSING ${node.type} after ${before}`, where, firstLine(parsed.view, node.startIndex));
    return;
  }
  // What tree-sitter saw (the view, masked), not the source line: the cause is what masking left.
  const text = node.text;
  const seen = text.replace(/\s+/g, ' ').trim().slice(0, 90);
  count(causes.first, /^\s*([A-Za-z_]\w*|\S+)/.exec(text)?.[1] ?? '(empty)', where, seen);
  // Macro-like names in the ERROR node: the usual culprits are macros that are neither masked nor expanded.
  for (const name of new Set(text.slice(0, 400).match(/\b[A-Z_][A-Z0-9_]{2,}\b/g) ?? [])) count(causes.names, name, where, seen);
}

function count(map, key, where, lineText) {
  const entry = map.get(key);
  if (entry) entry.count++;
  else map.set(key, { count: 1, where, lineText });
}

function firstLine(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim().slice(0, 100);
}

function report() {
  const out = [];
  const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(2)}%`);
  for (const [group, title] of GROUPS) {
    const { files: n, bytes } = size[group];
    if (n === 0) continue;
    out.push(`${title}: ${n} files, ${bytes} bytes (${(bytes / 1e6).toFixed(2)} MB)`);
    out.push('view        functions  with ERROR    share  inside ERROR  ERROR nodes  MISSING  ERROR bytes  files with ERROR');
    for (const view of VIEWS) {
      const t = tallies[view][group];
      out.push(
        [
          view.padEnd(10),
          String(t.functions).padStart(10),
          String(t.withError).padStart(11),
          pct(t.withError, t.functions).padStart(8),
          String(t.insideError).padStart(13),
          String(t.errorNodes).padStart(12),
          String(t.missingNodes).padStart(8),
          pct(t.errorBytes, bytes).padStart(12),
          String(t.filesWithError).padStart(17),
        ].join(' '),
      );
    }
    out.push('');
  }
  out.push('"with ERROR": function definitions whose own subtree holds an ERROR or MISSING node;');
  out.push('"inside ERROR": clean definitions that tree-sitter recovered inside an ERROR node;');
  out.push('"ERROR bytes": characters covered by outermost ERROR nodes, as a share of the input size (approximate');
  out.push('for the workspace view, whose macro expansions change lengths).');
  out.push(`parse ms: raw ${Math.round(times.raw)}, masked ${Math.round(times.masked)} (preprocess + parse), workspace ${Math.round(times.workspace)} (preprocess, macro expansion, parse, declarations, WSK calls)`);
  if (worst > 0) {
    for (const [title, map] of [
      ['first tokens of the first error in each function definition with ERROR (workspace view)', causes.first],
      ['macro-like names in those ERROR nodes (first 400 chars)', causes.names],
    ]) {
      out.push('', `top ${worst} ${title}:`);
      const sorted = [...map.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, worst);
      for (const [key, { count: n, where, lineText }] of sorted) out.push(`${String(n).padStart(6)}  ${key.padEnd(28)} e.g. ${where}: ${lineText}`);
    }
  }
  out.push('', `total time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}
