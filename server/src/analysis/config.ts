// `.wsk-lint.json` and the editor settings share one shape. Parsing is pure: the CLI and the server
// read the file and hand the text here.

import { lineAndColumn, memberOffsets } from './jsonPositions';

export type RuleSetting = 'off' | 'warning' | 'error';

/** Files larger than this many bytes are not analysed (`wskLint.maxFileSize`, `--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** A size (in characters) that a variable of the environment may set, for tests and large machines: `fallback` when unset or not a size. */
export function sizeFromEnvironment(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  const set = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isFinite(set) && set >= 0 ? set : fallback;
}

/**
 * What a wrapper function whose body is outside the workspace does, by 0-based parameter index:
 * `{ "MyBind": { "binds": 0 } }`.
 */
export interface WrapperSpec {
  /** Binds the socket passed at this index. */
  readonly binds?: number;
  /** Applies SO_WSK_SECURITY to the socket passed at this index. */
  readonly appliesSecurity?: number;
  /** Leaves a cached copy in the PSECURITY_DESCRIPTOR whose address is passed at this index. */
  readonly caches?: number;
  /** Releases the cached copy passed (by address or by value) at this index. */
  readonly releases?: number;
  /** Waits for the IRPs it is given to complete. */
  readonly waits?: boolean;
  /** Returns a newly allocated IRP that may be NULL. */
  readonly returnsIrp?: boolean;
}

export interface Config {
  /** Per rule ID: turn it off or change its severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Glob patterns (relative to the root) of files to leave out. */
  readonly exclude?: readonly string[];
  /** Wrapper functions whose implementation the analysis cannot see. */
  readonly wrappers?: Readonly<Record<string, WrapperSpec>>;
}

export const CONFIG_FILE = '.wsk-lint.json';

export const EMPTY_CONFIG: Config = { rules: {} };

/** The keys of a wrapper that take a 0-based parameter index, and those that take true or false. */
export const WRAPPER_INDEXES = ['binds', 'appliesSecurity', 'caches', 'releases'] as const;
export const WRAPPER_FLAGS = ['waits', 'returnsIrp'] as const;

const SETTINGS: readonly string[] = ['off', 'warning', 'error'];

/** A problem of a `.wsk-lint.json`, at the key or value it is about (1-based line and column). */
export interface ConfigProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** A problem found in a configuration object: what, and the member it is about. */
interface Issue {
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly at: 'key' | 'value';
}

/** Reads a configuration object; unknown keys and bad values are reported, never fatal. */
export function readConfig(input: unknown, knownRules: readonly string[]): { config: Config; errors: string[] } {
  const { config, issues } = readIssues(input, knownRules);
  return { config, errors: issues.map((issue) => issue.message) };
}

/** Parses the text of a `.wsk-lint.json`; each problem says where it is. */
export function parseConfig(text: string, knownRules: readonly string[]): { config: Config; errors: ConfigProblem[] } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { config: EMPTY_CONFIG, errors: [{ message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, ...lineAndColumn(text, syntaxErrorOffset(text, message)) }] };
  }
  const { config, issues } = readIssues(input, knownRules);
  return {
    config,
    errors: issues.map((issue) => {
      const member = memberOffsets(text, issue.path);
      const offset = member ? (issue.at === 'key' ? member.key ?? member.value : member.value) : 0;
      return { message: issue.message, ...lineAndColumn(text, offset) };
    }),
  };
}

/** Where JSON.parse stopped: the position its message names (V8: "… in JSON at position 42"), else the end. */
function syntaxErrorOffset(text: string, message: string): number {
  const position = / at position (\d+)/.exec(message);
  return position ? Math.min(Number(position[1]), text.length) : text.length;
}

function readIssues(input: unknown, knownRules: readonly string[]): { config: Config; issues: Issue[] } {
  const issues: Issue[] = [];
  const rules: Record<string, RuleSetting> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { config: EMPTY_CONFIG, issues: [{ message: 'the configuration must be a JSON object', path: [], at: 'value' }] };
  }
  const object = input as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (key !== 'rules' && key !== 'exclude' && key !== 'wrappers') issues.push({ message: `unknown key "${key}" (ignored)`, path: [key], at: 'key' });
  }
  const exclude = readExclude(object.exclude, issues);
  const wrappers = readWrappers(object.wrappers, issues);
  const given = object.rules;
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      issues.push({ message: '"rules" must be an object such as { "WSK006": "off" }', path: ['rules'], at: 'value' });
    } else {
      for (const [id, value] of Object.entries(given as Record<string, unknown>)) {
        const problem = ruleSettingProblem(id, value, knownRules);
        if (problem) issues.push({ message: problem, path: ['rules', id], at: knownRules.includes(id.toUpperCase()) ? 'value' : 'key' });
        else rules[id.toUpperCase()] = value as RuleSetting;
      }
    }
  }
  return { config: { rules, ...(exclude ? { exclude } : {}), ...(wrappers ? { wrappers } : {}) }, issues };
}

function readExclude(given: unknown, issues: Issue[]): string[] | undefined {
  if (given === undefined) return undefined;
  if (!Array.isArray(given) || given.some((g) => typeof g !== 'string')) {
    const wrong = Array.isArray(given) ? given.findIndex((g) => typeof g !== 'string') : -1;
    issues.push({ message: '"exclude" must be an array of glob patterns such as ["**/generated/**"]', path: wrong >= 0 ? ['exclude', wrong] : ['exclude'], at: 'value' });
    return undefined;
  }
  return given as string[];
}

function readWrappers(given: unknown, issues: Issue[]): Record<string, WrapperSpec> | undefined {
  if (given === undefined) return undefined;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    issues.push({ message: '"wrappers" must be an object such as { "MyBind": { "binds": 0 } }', path: ['wrappers'], at: 'value' });
    return undefined;
  }
  const wrappers: Record<string, WrapperSpec> = {};
  for (const [name, spec] of Object.entries(given as Record<string, unknown>)) {
    if (!/^[A-Za-z_]\w*$/.test(name) || spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
      issues.push({ message: `wrapper "${name}": must be a function name mapped to an object such as { "binds": 0 }`, path: ['wrappers', name], at: /^[A-Za-z_]\w*$/.test(name) ? 'value' : 'key' });
      continue;
    }
    const entry: Record<string, number | boolean> = {};
    for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
      const known = (WRAPPER_INDEXES as readonly string[]).includes(key) || (WRAPPER_FLAGS as readonly string[]).includes(key);
      if ((WRAPPER_INDEXES as readonly string[]).includes(key) && Number.isInteger(value) && (value as number) >= 0) entry[key] = value as number;
      else if ((WRAPPER_FLAGS as readonly string[]).includes(key) && typeof value === 'boolean') entry[key] = value;
      else issues.push({ message: `wrapper "${name}": "${key}" must be ${(WRAPPER_FLAGS as readonly string[]).includes(key) ? 'true or false' : `a parameter index (0-based); known keys: ${[...WRAPPER_INDEXES, ...WRAPPER_FLAGS].join(', ')}`}`, path: ['wrappers', name, key], at: known ? 'value' : 'key' });
    }
    wrappers[name] = entry as WrapperSpec;
  }
  return wrappers;
}

/** Why `id=value` is not a valid rule setting, or undefined when it is. */
export function ruleSettingProblem(id: string, value: unknown, knownRules: readonly string[]): string | undefined {
  if (!knownRules.includes(id.toUpperCase())) return `unknown rule "${id}" (known: ${knownRules.join(', ')})`;
  if (typeof value !== 'string' || !SETTINGS.includes(value)) return `rule ${id}: "${String(value)}" is not one of ${SETTINGS.join(', ')}`;
  return undefined;
}

/** Later configurations override earlier ones rule by rule and wrapper by wrapper; exclusions add up. */
export function mergeConfigs(...configs: Config[]): Config {
  const exclude = configs.flatMap((c) => c.exclude ?? []);
  const wrappers = Object.assign({}, ...configs.map((c) => c.wrappers ?? {})) as Record<string, WrapperSpec>;
  return {
    rules: Object.assign({}, ...configs.map((c) => c.rules)),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(Object.keys(wrappers).length > 0 ? { wrappers } : {}),
  };
}
