// The `exclude` patterns of `.wsk-lint.json`: globs over paths relative to the folder holding the file,
// as VS Code's `files.exclude` writes them (and as the language server reads the same file): `*` and `?`
// within one folder name, `**` across folders (none included), `{a,b}` alternatives, `[abc]` and
// `[!abc]` character classes; `/` and `\` both separate folders; a pattern that matches a folder
// leaves out everything under it (`third_party` is `third_party/**`). Names compare without case, as
// #include does on Windows, where these drivers are built. Node's own path.matchesGlob is still
// experimental in Node 20 (it prints a warning), hence this small matcher.

/** A test for relative paths (`sub/gen/x.c`, either separator) against any of the patterns. */
export type PathMatcher = (relativePath: string) => boolean;

export function globMatcher(patterns: readonly string[]): PathMatcher {
  const expressions = patterns.map(globToRegExp).filter((e): e is RegExp => e !== undefined);
  if (expressions.length === 0) return () => false;
  return (relativePath) => {
    const folders = relativePath.split(/[\\/]+/).filter((name) => name !== '' && name !== '.');
    // The path itself, then each folder above it: a matched folder takes its whole content along.
    for (let count = folders.length; count > 0; count--) {
      const candidate = folders.slice(0, count).join('/');
      if (expressions.some((expression) => expression.test(candidate))) return true;
    }
    return false;
  };
}

/** The expression for one pattern; undefined for a pattern that can match nothing (empty). */
export function globToRegExp(pattern: string): RegExp | undefined {
  const glob = pattern.trim().replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  return glob === '' ? undefined : new RegExp(`^${translate(glob)}$`, 'i');
}

function translate(glob: string): string {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      let end = i;
      while (glob[end + 1] === '*') end++;
      const wholeName = end > i && (i === 0 || glob[i - 1] === '/');
      if (wholeName && glob[end + 1] === '/') {
        source += '(?:[^/]*/)*'; // `**/`: any number of folders, none included
        end++;
      } else if (wholeName && end + 1 === glob.length) {
        source += '.*'; // a final `**`: everything below
      } else {
        source += '[^/]*'; // `*`, and `a**b` (no folder wildcard: it means `a*b`)
      }
      i = end;
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{' && closing(glob, i) > 0) {
      const close = closing(glob, i);
      source += `(?:${alternatives(glob.slice(i + 1, close)).map(translate).join('|')})`;
      i = close;
    } else if (char === '[' && glob.indexOf(']', i + 2) > 0) {
      const close = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&');
      source += negated ? `[^/${members}]` : `[${members}]`;
      i = close;
    } else {
      source += char.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
    }
  }
  return source;
}

/** The index of the `}` closing the `{` at `open` (braces nest), or -1. */
function closing(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `a,b{c,d}` → `a`, `b{c,d}`: the commas of the top level only. */
function alternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
