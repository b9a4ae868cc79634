// `.wsk-lint.json` and the editor settings share one shape. Parsing is pure: the CLI and the server
// read the file and hand the text here.

export type RuleSetting = 'off' | 'warning' | 'error';

export interface Config {
  /** Per rule ID: turn it off or change its severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export const CONFIG_FILE = '.wsk-lint.json';

export const EMPTY_CONFIG: Config = { rules: {} };

const SETTINGS: readonly string[] = ['off', 'warning', 'error'];

/** Reads a configuration object; unknown keys and bad values are reported, never fatal. */
export function readConfig(input: unknown, knownRules: readonly string[]): { config: Config; errors: string[] } {
  const errors: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { config: EMPTY_CONFIG, errors: ['the configuration must be a JSON object'] };
  }
  const object = input as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (key !== 'rules') errors.push(`unknown key "${key}" (ignored)`);
  }
  const given = object.rules;
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      errors.push('"rules" must be an object such as { "WSK006": "off" }');
    } else {
      for (const [id, value] of Object.entries(given as Record<string, unknown>)) {
        const problem = ruleSettingProblem(id, value, knownRules);
        if (problem) errors.push(problem);
        else rules[id.toUpperCase()] = value as RuleSetting;
      }
    }
  }
  return { config: { rules }, errors };
}

/** Parses the text of a `.wsk-lint.json`. */
export function parseConfig(text: string, knownRules: readonly string[]): { config: Config; errors: string[] } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { config: EMPTY_CONFIG, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return readConfig(input, knownRules);
}

/** Why `id=value` is not a valid rule setting, or undefined when it is. */
export function ruleSettingProblem(id: string, value: unknown, knownRules: readonly string[]): string | undefined {
  if (!knownRules.includes(id.toUpperCase())) return `unknown rule "${id}" (known: ${knownRules.join(', ')})`;
  if (typeof value !== 'string' || !SETTINGS.includes(value)) return `rule ${id}: "${String(value)}" is not one of ${SETTINGS.join(', ')}`;
  return undefined;
}

/** Later configurations override earlier ones rule by rule. */
export function mergeConfigs(...configs: Config[]): Config {
  return { rules: Object.assign({}, ...configs.map((c) => c.rules)) };
}
