// The JSON schema of `.wsk-lint.json` (schemas/wsk-lint.schema.json), which package.json contributes to
// VS Code through `jsonValidation`: completion, hover and validation while the file is edited. It is
// written from the code (the rules, the wrapper keys, the settings' own descriptions), so it cannot
// drift: `UPDATE_SNAPSHOTS=1 npx vitest run test/package/schema.test.ts` rewrites it. A small validator
// (the keywords the schema uses) proves it accepts what the CLI and the server accept, and nothing else.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { WRAPPER_FLAGS, WRAPPER_INDEXES, parseConfig } from '../../server/src/analysis/config';
import type { Rule } from '../../server/src/analysis/rule';
import { RULES, RULE_IDS } from '../../server/src/rules/index';
import { ROOT } from '../support/build';

const SCHEMA_FILE = path.join(ROOT, 'schemas', 'wsk-lint.schema.json');

interface Manifest {
  contributes: {
    jsonValidation?: { fileMatch: string; url: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string; additionalProperties?: unknown; items?: unknown }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** The schema, from the rules and the settings package.json declares for the same keys. */
function configSchema(rules: readonly Rule[]): object {
  const settings = manifest.contributes.configuration.properties;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'wsk-lint configuration (.wsk-lint.json)',
    markdownDescription: 'The configuration of wsk-lint for the folder that holds it: read by the CLI and by the editor.',
    type: 'object',
    properties: {
      rules: {
        type: 'object',
        markdownDescription: 'Severity per rule: `off`, `warning` or `error`, for example `{ "WSK006": "off" }`. Rules not listed keep their default severity.',
        properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, {
          type: 'string',
          enum: ['off', 'warning', 'error'],
          enumDescriptions: ['Do not report this rule.', 'Report its findings as warnings.', 'Report its findings as errors.'],
          markdownDescription: `\`${rule.meta.name}\` (default: ${rule.meta.severity}). ${rule.docs.summary}`,
        }])),
        additionalProperties: false,
      },
      exclude: {
        type: 'array',
        items: { type: 'string' },
        markdownDescription: 'Glob patterns of files and folders to leave out, relative to this file\'s folder, e.g. `["**/generated/**", "third_party"]` (`*` and `?` within a name, `**` across folders; a folder takes everything under it).',
      },
      wrappers: {
        type: 'object',
        markdownDescription: settings['wskLint.wrappers'].markdownDescription,
        propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        additionalProperties: settings['wskLint.wrappers'].additionalProperties,
      },
    },
    additionalProperties: false,
  };
}

if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(SCHEMA_FILE, `${JSON.stringify(configSchema(RULES), null, 2)}\n`);

const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Schema;

describe('schemas/wsk-lint.schema.json', () => {
  test('is current with the rules and the wrapper keys, and package.json contributes it for .wsk-lint.json', () => {
    expect(schema, 'stale: run UPDATE_SNAPSHOTS=1 npx vitest run test/package/schema.test.ts').toEqual(configSchema(RULES));
    const wrapper = manifest.contributes.configuration.properties['wskLint.wrappers'].additionalProperties as Schema;
    expect(Object.keys(wrapper.properties ?? {}).sort()).toEqual([...WRAPPER_INDEXES, ...WRAPPER_FLAGS].sort());
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: '.wsk-lint.json', url: './schemas/wsk-lint.schema.json' }]);
  });

  test.each([
    ['{}'],
    ['{ "rules": { "WSK001": "off", "WSK012": "warning" } }'],
    ['{ "rules": { "WSK001": "loud" } }'],
    ['{ "rules": { "WSK042": "off" } }'],
    ['{ "rule": {} }'],
    ['[]'],
    ['{ "exclude": ["**/generated/**", "third_party"] }'],
    ['{ "exclude": "generated" }'],
    ['{ "exclude": ["a", 3] }'],
    ['{ "wrappers": { "MyBind": { "binds": 0 }, "MyWait": { "waits": true, "returnsIrp": false } } }'],
    ['{ "wrappers": { "MyBind": { "binds": -1 } } }'],
    ['{ "wrappers": { "MyBind": { "binds": 1.5 } } }'],
    ['{ "wrappers": { "MyBind": { "bind": 0 } } }'],
    ['{ "wrappers": { "MyWait": { "waits": "yes" } } }'],
    ['{ "wrappers": { "not a name": { "binds": 0 } } }'],
    ['{ "wrappers": { "MyBind": 0 } }'],
    ['{ "wrappers": [] }'],
  ])('accepts %s exactly when wsk-lint does', (text) => {
    const accepted = parseConfig(text, RULE_IDS).errors.length === 0;
    expect(validate(schema, JSON.parse(text))).toEqual(accepted ? [] : expect.arrayContaining([expect.any(String)]));
  });
});

// ---------------------------------------------------------------------------------------------------
// The JSON-schema keywords the schema uses, as draft 7 defines them.

interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  enum?: unknown[];
  minimum?: number;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: { pattern: string };
  items?: Schema;
}

function validate(schema: Schema, value: unknown, at = '$'): string[] {
  const problems: string[] = [];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (schema.type) {
    case 'object': if (!isObject) return [`${at}: not an object`]; break;
    case 'array': if (!Array.isArray(value)) return [`${at}: not an array`]; break;
    case 'string': if (typeof value !== 'string') return [`${at}: not a string`]; break;
    case 'integer': if (!Number.isInteger(value)) return [`${at}: not an integer`]; break;
    case 'boolean': if (typeof value !== 'boolean') return [`${at}: not a boolean`]; break;
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: not one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) problems.push(`${at}: under ${schema.minimum}`);
  if (schema.items && Array.isArray(value)) value.forEach((item, index) => problems.push(...validate(schema.items as Schema, item, `${at}[${index}]`)));
  if (isObject) {
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
      if (schema.propertyNames && !new RegExp(schema.propertyNames.pattern).test(key)) problems.push(`${at}: bad name ${key}`);
      const own = schema.properties?.[key];
      if (own) problems.push(...validate(own, member, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}: unknown ${key}`);
      else if (typeof schema.additionalProperties === 'object') problems.push(...validate(schema.additionalProperties, member, `${at}.${key}`));
    }
  }
  return problems;
}
