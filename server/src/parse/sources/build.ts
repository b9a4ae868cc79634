// Where the compiler looks for headers, as a project's build files say: the `AdditionalIncludeDirectories`
// (and `IncludePath`) of Visual Studio projects and the property sheets they import, and the `-I`/`/I`
// flags of a `compile_commands.json`. The adapters read the files and hand their text here; nothing is
// read from disk. What cannot be known without MSBuild (the WDK's own paths, `$(IntDir)`, properties a
// project defines for itself) is left out: an include that needs it falls back to finding the header by
// its name (see includes.ts).

import * as nodePath from 'node:path';
import { appendAll } from '../arrays';

/** A build file as the adapters found it: `.vcxproj`, `.props`, `compile_commands.json`, or a `.sln` (its place only). */
export interface BuildFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

/** Which build files the adapters collect (by file name). */
export function isBuildFile(name: string): boolean {
  return /\.(?:vcxproj|props|sln)$/i.test(name) || name.toLowerCase() === 'compile_commands.json';
}

/**
 * One compilation context: the sources a build file lists, the folder it governs (files under it that
 * no build file lists take it too), and its include directories in search order.
 */
interface Project {
  readonly folder: string;
  readonly listed: ReadonlySet<string>;
  readonly directories: readonly Directory[];
}

/**
 * An include directory. `$(SolutionDir)` is known only when the solution is in the workspace; without
 * it, the first folder at or above the project in which the rest of the path exists is taken (a
 * project built alone has its own folder as `$(SolutionDir)`; exported trees keep the `.sln` one or
 * more levels up).
 */
type Directory = { readonly path: string } | { readonly belowSolution: string; readonly project: string };

/** Include directories by file, from every build file of the workspace. */
export class BuildIncludes {
  static readonly none = new BuildIncludes([], []);

  private readonly byFolder = new Map<string, Project[]>();
  private readonly byListed = new Map<string, Project[]>();

  private constructor(projects: readonly Project[], private readonly solutions: readonly string[]) {
    for (const project of projects) {
      push(this.byFolder, key(project.folder), project);
      for (const file of project.listed) push(this.byListed, file, project);
    }
  }

  /** Reads every build file; one that cannot be read as such is left out (never an error). */
  static read(files: readonly BuildFile[]): BuildIncludes {
    const byPath = new Map(files.map((file) => [key(file.path), file]));
    const projects: Project[] = [];
    const solutions: string[] = [];
    for (const file of files) {
      const lower = file.path.toLowerCase();
      if (lower.endsWith('.sln')) solutions.push(nodePath.dirname(file.path));
      else if (lower.endsWith('.vcxproj')) projects.push(readProject(file, byPath));
      else if (nodePath.basename(lower) === 'compile_commands.json') appendAll(projects, readCompileCommands(file));
    }
    return new BuildIncludes(projects, solutions);
  }

  get isEmpty(): boolean {
    return this.byFolder.size === 0;
  }

  /**
   * The include directories of a file, in search order: those of the build files listing it, else those
   * of the build files of the nearest folder at or above it that has any. `folderExists` tells which
   * folders hold files of the workspace (to place `$(SolutionDir)`).
   */
  directoriesOf(file: string, folderExists: (folder: string) => boolean): string[] {
    let projects = this.byListed.get(key(file));
    for (let folder = nodePath.dirname(file); !projects; folder = nodePath.dirname(folder)) {
      projects = this.byFolder.get(key(folder));
      if (nodePath.dirname(folder) === folder) break;
    }
    const result: string[] = [];
    const seen = new Set<string>();
    for (const project of projects ?? []) {
      for (const directory of project.directories) {
        const path = 'path' in directory ? directory.path : this.belowSolution(directory, folderExists);
        if (path === undefined || seen.has(key(path))) continue;
        seen.add(key(path));
        result.push(path);
      }
    }
    return result;
  }

  private belowSolution(directory: { belowSolution: string; project: string }, folderExists: (folder: string) => boolean): string | undefined {
    const solution = this.solutions.filter((folder) => isInside(directory.project, folder)).sort((a, b) => b.length - a.length)[0];
    if (solution !== undefined) return nodePath.resolve(solution, directory.belowSolution);
    for (let folder = directory.project; ; folder = nodePath.dirname(folder)) {
      const candidate = nodePath.resolve(folder, directory.belowSolution);
      if (folderExists(candidate)) return candidate;
      if (nodePath.dirname(folder) === folder) return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Visual Studio projects

/**
 * A project's include directories: those of the `Directory.Build.props` MSBuild imports first (the
 * nearest one at or above the project), then its own and those of the property sheets it imports, in
 * document order. Every configuration counts (a header found under any of them is the one meant).
 */
function readProject(file: BuildFile, byPath: ReadonlyMap<string, BuildFile>): Project {
  const folder = nodePath.dirname(file.path);
  const listed = new Set<string>();
  const directories: Directory[] = [];
  const context: MsBuildContext = { project: folder, byPath, listed, directories, visited: new Set([key(file.path)]) };
  for (let dir = folder; ; dir = nodePath.dirname(dir)) {
    const props = byPath.get(key(nodePath.join(dir, 'Directory.Build.props')));
    if (props) {
      readMsBuild(props, context);
      break;
    }
    if (nodePath.dirname(dir) === dir) break;
  }
  readMsBuild(file, context);
  return { folder, listed, directories };
}

interface MsBuildContext {
  /** The project's folder: relative paths in any file it imports are relative to it (the compiler runs there). */
  readonly project: string;
  readonly byPath: ReadonlyMap<string, BuildFile>;
  readonly listed: Set<string>;
  readonly directories: Directory[];
  readonly visited: Set<string>;
}

/** The elements whose text lists include directories, by the element that holds them. */
const DIRECTORY_ELEMENTS: ReadonlyMap<string, string> = new Map([['AdditionalIncludeDirectories', 'ClCompile'], ['IncludePath', 'PropertyGroup']]);

/** Reads one MSBuild file (a project or an imported property sheet) into the project's context. */
function readMsBuild(file: BuildFile, context: MsBuildContext): void {
  const text = file.text.replace(/<!--[\s\S]*?-->/g, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text)) !== null) {
    const [, closing, name, attributes, selfClosing] = m;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const parent = stack[stack.length - 1];
    if (name === 'Import') {
      const project = attribute(attributes, 'Project');
      if (project !== undefined) importSheet(project, file, context);
    } else if ((name === 'ClCompile' || name === 'ClInclude') && parent === 'ItemGroup') {
      for (const item of splitList(attribute(attributes, 'Include') ?? '')) {
        const path = expandPath(item, file, context);
        if (path && 'path' in path && !/[*?]/.test(path.path)) context.listed.add(key(path.path));
      }
    } else if (DIRECTORY_ELEMENTS.get(name) === parent && parent !== undefined && !selfClosing) {
      const end = text.indexOf(`</${name}`, tag.lastIndex);
      if (end < 0) continue;
      for (const entry of splitList(decodeXml(text.slice(tag.lastIndex, end)))) {
        const directory = expandPath(entry, file, context);
        if (directory) context.directories.push(directory);
      }
      tag.lastIndex = end;
      continue;
    }
    if (!selfClosing) stack.push(name);
  }
}

function importSheet(project: string, from: BuildFile, context: MsBuildContext): void {
  const target = expandPath(decodeXml(project), from, context, nodePath.dirname(from.path));
  if (!target) return;
  // `$(SolutionDir)` in an import: the first sheet of that name at or above the project.
  const candidates = 'path' in target ? [target.path] : ancestors(context.project).map((folder) => nodePath.resolve(folder, target.belowSolution));
  const sheet = candidates.map((candidate) => context.byPath.get(key(candidate))).find((found) => found !== undefined);
  if (!sheet || context.visited.has(key(sheet.path))) return;
  context.visited.add(key(sheet.path));
  readMsBuild(sheet, context);
}

/**
 * A path of an MSBuild file with its well-known properties replaced, made absolute (relative paths are
 * relative to `base`, the project's folder unless told). Undefined when it names a property that is not
 * known here (`$(DDK_INC_PATH)`, `$(IntDir)`), an item metadata (`%(AdditionalIncludeDirectories)`) or
 * a Windows drive on another system.
 */
function expandPath(entry: string, file: BuildFile, context: MsBuildContext, base = context.project): Directory | undefined {
  let value = entry.trim().replace(/^"(.*)"$/, '$1').trim();
  if (value === '' || value.includes('%(')) return undefined;
  const withSlash = (folder: string) => folder.replace(/[\\/]*$/, '/');
  let belowSolution = false;
  const known: Record<string, string> = {
    projectdir: withSlash(context.project),
    msbuildprojectdirectory: context.project,
    msbuildthisfiledirectory: withSlash(nodePath.dirname(file.path)),
    msbuildthisfiledirectorynoroot: withSlash(nodePath.dirname(file.path)),
  };
  if (/^\$\(SolutionDir\)/i.test(value)) {
    belowSolution = true;
    value = value.replace(/^\$\(SolutionDir\)/i, '');
  }
  let unknown = false;
  value = value.replace(/\$\((\w+)\)/g, (_, name: string) => {
    const replacement = known[name.toLowerCase()];
    if (replacement === undefined) unknown = true;
    return replacement ?? '';
  });
  if (unknown) return undefined;
  return pathIn(value, base, belowSolution, context.project);
}

function pathIn(value: string, base: string, belowSolution: boolean, project: string): Directory | undefined {
  const portable = value.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(portable) || portable.startsWith('//')) {
    // A drive or a share: meaningful only on Windows.
    return process.platform === 'win32' ? { path: nodePath.resolve(value) } : undefined;
  }
  if (belowSolution) return { belowSolution: portable.replace(/^\/+/, '') || '.', project };
  return { path: nodePath.resolve(base, portable) };
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** `a; b;;c` -> ['a', 'b', 'c'] (MSBuild lists are `;`-separated, often over several lines). */
function splitList(text: string): string[] {
  return text.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

// ---------------------------------------------------------------------------------------------------
// compile_commands.json

/** One project per entry: the file it compiles, with the `-I`/`/I` directories of its command. */
function readCompileCommands(file: BuildFile): Project[] {
  let entries: unknown;
  try {
    entries = JSON.parse(file.text);
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  const projects: Project[] = [];
  for (const entry of entries as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const { directory, file: source, arguments: args, command } = entry as Record<string, unknown>;
    if (typeof source !== 'string') continue;
    const cwd = typeof directory === 'string' ? nodePath.resolve(nodePath.dirname(file.path), directory) : nodePath.dirname(file.path);
    const words = Array.isArray(args) ? args.filter((arg): arg is string => typeof arg === 'string') : typeof command === 'string' ? splitCommand(command) : [];
    const directories: Directory[] = [];
    for (const value of includeFlags(words)) {
      const directory = pathIn(value, cwd, false, cwd);
      if (directory) directories.push(directory);
    }
    const path = pathIn(source, cwd, false, cwd);
    if (!path || !('path' in path)) continue;
    projects.push({ folder: nodePath.dirname(path.path), listed: new Set([key(path.path)]), directories });
  }
  return projects;
}

/** The values of the include-directory flags of a compiler command (GCC, Clang and MSVC spellings). */
function includeFlags(words: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = /^(?:-I|\/I|-isystem|-iquote|-idirafter|[-/]external:I|--include-directory=?)(.*)$/.exec(words[i]);
    if (!m) continue;
    const value = m[1] !== '' ? m[1] : words[++i];
    if (value !== undefined && value !== '') found.push(value);
  }
  return found;
}

/** Splits a command line on blanks; double or single quotes group (a backslash escapes a quote only, so Windows paths survive). */
function splitCommand(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === '\\' && (command[i + 1] === '"' || command[i + 1] === "'")) {
      current += command[++i];
      inWord = true;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

// ---------------------------------------------------------------------------------------------------

/** Paths are compared without case, as on Windows. */
function key(path: string): string {
  return nodePath.normalize(path).toLowerCase();
}

function isInside(file: string, folder: string): boolean {
  const relative = nodePath.relative(folder, file);
  return !relative.startsWith('..') && !nodePath.isAbsolute(relative);
}

function ancestors(folder: string): string[] {
  const result: string[] = [];
  for (let dir = folder; ; dir = nodePath.dirname(dir)) {
    result.push(dir);
    if (nodePath.dirname(dir) === dir) return result;
  }
}

function push<K, V>(map: Map<K, V[]>, mapKey: K, value: V): void {
  const list = map.get(mapKey);
  if (list) list.push(value);
  else map.set(mapKey, [value]);
}
