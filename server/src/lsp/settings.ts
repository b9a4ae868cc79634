// The editor settings under `wskLint`: `enable` and `rules` (rule ID -> off|warning|error). Bad values
// are reported and ignored, never fatal. Settings override a folder's `.wsk-lint.json` rule by rule.

import type { Config } from '../analysis/config';
import { EMPTY_CONFIG, readConfig } from '../analysis/config';

export const SETTINGS_SECTION = 'wskLint';

export interface Settings {
  readonly enable: boolean;
  readonly rules: Config;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: EMPTY_CONFIG };

/** Reads the `wskLint` section as the client sent it (anything, including nothing). */
export function readSettings(section: unknown, ruleIds: readonly string[]): { settings: Settings; errors: string[] } {
  if (section === undefined || section === null) return { settings: DEFAULT_SETTINGS, errors: [] };
  if (typeof section !== 'object' || Array.isArray(section)) {
    return { settings: DEFAULT_SETTINGS, errors: [`the "${SETTINGS_SECTION}" settings must be an object`] };
  }
  const { enable, rules } = section as { enable?: unknown; rules?: unknown };
  const errors: string[] = [];
  if (enable !== undefined && typeof enable !== 'boolean') errors.push(`"${SETTINGS_SECTION}.enable" must be true or false`);
  let config = EMPTY_CONFIG;
  if (rules !== undefined && rules !== null) {
    const read = readConfig({ rules }, ruleIds);
    config = read.config;
    errors.push(...read.errors.map((error) => `"${SETTINGS_SECTION}.rules": ${error}`));
  }
  return { settings: { enable: typeof enable === 'boolean' ? enable : true, rules: config }, errors };
}
