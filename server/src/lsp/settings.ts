// The editor settings under `wskLint`: `enable`, `maxFileSize` (bytes; larger files are not analysed),
// `rules` (rule ID -> off|warning|error), `exclude` (globs relative to each workspace folder) and
// `wrappers` (declared effects of functions whose body is elsewhere), the last three in the shape of
// `.wsk-lint.json`, which they override (rules, wrappers) or extend (exclude). Also VS Code's own
// `files.exclude`, which the index respects. Bad values are reported and ignored, never fatal.

import type { Config } from '../analysis/config';
import { DEFAULT_MAX_FILE_SIZE, EMPTY_CONFIG, mergeConfigs, readConfig } from '../analysis/config';

export const SETTINGS_SECTION = 'wskLint';

/** The keys of `.wsk-lint.json` that are settings too. */
const CONFIG_KEYS = ['rules', 'exclude', 'wrappers'] as const;

export interface Settings {
  readonly enable: boolean;
  /** Files larger than this many bytes (UTF-8) are skipped. */
  readonly maxFileSize: number;
  /** Rules, exclusions and wrappers from the settings, merged over each folder's `.wsk-lint.json`. */
  readonly config: Config;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, maxFileSize: DEFAULT_MAX_FILE_SIZE, config: EMPTY_CONFIG };

/** Reads the `wskLint` section as the client sent it (anything, including nothing). */
export function readSettings(section: unknown, ruleIds: readonly string[]): { settings: Settings; errors: string[] } {
  if (section === undefined || section === null) return { settings: DEFAULT_SETTINGS, errors: [] };
  if (typeof section !== 'object' || Array.isArray(section)) {
    return { settings: DEFAULT_SETTINGS, errors: [`the "${SETTINGS_SECTION}" settings must be an object`] };
  }
  const given = section as Record<string, unknown>;
  const errors: string[] = [];
  if (given.enable !== undefined && typeof given.enable !== 'boolean') errors.push(`"${SETTINGS_SECTION}.enable" must be true or false`);
  const maxFileSize = readMaxFileSize(given.maxFileSize);
  if (maxFileSize === undefined) errors.push(`"${SETTINGS_SECTION}.maxFileSize" must be a whole number of bytes of at least 1, such as ${DEFAULT_MAX_FILE_SIZE}; ${DEFAULT_MAX_FILE_SIZE} applies`);
  const configs: Config[] = [];
  // One key at a time, so that each error names the setting it is about. VS Code sends `null` for an
  // object setting nobody set.
  for (const key of CONFIG_KEYS) {
    if (given[key] === undefined || given[key] === null) continue;
    const read = readConfig({ [key]: given[key] }, ruleIds);
    configs.push(read.config);
    errors.push(...read.errors.map((error) => `"${SETTINGS_SECTION}.${key}": ${error}`));
  }
  return {
    settings: { enable: typeof given.enable === 'boolean' ? given.enable : true, maxFileSize: maxFileSize ?? DEFAULT_MAX_FILE_SIZE, config: mergeConfigs(EMPTY_CONFIG, ...configs) },
    errors,
  };
}

/** The size limit as set (`null`: VS Code's way of saying not set), or undefined when it is not one. */
function readMaxFileSize(value: unknown): number | undefined {
  if (value === undefined || value === null) return DEFAULT_MAX_FILE_SIZE;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/**
 * The patterns of VS Code's `files.exclude` that are on: `{ "**\/out": true }`. A pattern with a `when`
 * clause (exclude `x.js` when `x.ts` exists) is a sibling test the index does not make: it is left in.
 */
export function filesExcludePatterns(section: unknown): string[] {
  if (section === null || typeof section !== 'object' || Array.isArray(section)) return [];
  return Object.entries(section as Record<string, unknown>).filter(([, on]) => on === true).map(([pattern]) => pattern);
}
