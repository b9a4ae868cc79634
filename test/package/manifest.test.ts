// The extension manifest (package.json) against the code: the per-rule settings list exactly the rules
// of server/src/rules/index.ts, the commands are those the client registers, the capabilities are
// declared, and every file the manifest names exists.
//
// When a rule is added, regenerate the settings with: UPDATE_SNAPSHOTS=1 npx vitest run test/package

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../client/src/commands';
import type { Rule } from '../../server/src/analysis/rule';
import { RULES, RULE_IDS } from '../../server/src/rules/index';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'package.json');

interface Manifest {
  main: string;
  icon: string;
  categories: string[];
  keywords: string[];
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string; description?: string } };
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { type: string; default?: unknown; enum?: string[]; properties?: Record<string, { enum: string[] }> }> };
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
    snippets: { language: string; path: string }[];
  };
}

function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** The `wskLint.rules` setting, written from the rule files (their IDs, names, severities, summaries). */
function ruleSettingsSchema(rules: readonly Rule[]): object {
  return {
    type: 'object',
    default: {},
    scope: 'window',
    markdownDescription: 'Severity per rule: `off`, `warning` or `error`, for example `{ "WSK001": "warning" }`. Rules not listed keep their default severity. These settings override a folder\'s `.wsk-lint.json` rule by rule.',
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, {
      type: 'string',
      enum: ['off', 'warning', 'error'],
      enumDescriptions: ['Do not report this rule.', 'Report its findings as warnings.', 'Report its findings as errors.'],
      markdownDescription: `\`${rule.meta.name}\` (default: ${rule.meta.severity}). ${rule.docs.summary}`,
    }])),
    additionalProperties: false,
  };
}

if (process.env.UPDATE_SNAPSHOTS) {
  // Surgical: only this one setting is replaced; every other key keeps its place.
  const manifest = readManifest();
  manifest.contributes.configuration.properties['wskLint.rules'] = ruleSettingsSchema(RULES) as Manifest['contributes']['configuration']['properties'][string];
  fs.writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

describe('package.json', () => {
  const manifest = readManifest();
  const settings = manifest.contributes.configuration.properties;

  it('offers a severity setting for exactly the rules the server knows', () => {
    expect(Object.keys(settings['wskLint.rules'].properties ?? {})).toEqual([...RULE_IDS]);
    expect(settings['wskLint.rules'], 'stale: run UPDATE_SNAPSHOTS=1 npx vitest run test/package').toEqual(ruleSettingsSchema(RULES));
  });

  it('declares the settings the client and the server read, with defaults', () => {
    expect(Object.keys(settings).sort()).toEqual(['wskLint.enable', 'wskLint.exclude', 'wskLint.maxFileSize', 'wskLint.rules', 'wskLint.trace.server', 'wskLint.wrappers']);
    expect(settings['wskLint.maxFileSize']).toMatchObject({ type: 'integer', default: 5 * 1024 * 1024, minimum: 1 });
    expect(settings['wskLint.enable']).toMatchObject({ type: 'boolean', default: true });
    expect(settings['wskLint.trace.server']).toMatchObject({ type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off' });
    for (const [name, setting] of Object.entries(settings)) {
      expect(setting, name).toHaveProperty('default');
      expect(Object.keys(setting).some((key) => key === 'description' || key === 'markdownDescription'), `${name} has a description`).toBe(true);
    }
  });

  it('activates on C sources and on headers, never on start-up', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:c', 'workspaceContains:**/*.c', 'workspaceContains:**/*.h']);
  });

  it('contributes exactly the commands the client registers, in the wsk-lint category', () => {
    expect(manifest.contributes.commands.map((command) => command.command).sort()).toEqual(Object.values(COMMANDS).sort());
    expect(manifest.contributes.commands.map((command) => `${command.category}: ${command.title}`)).toEqual([
      'wsk-lint: Show rule documentation',
      'wsk-lint: Analyse workspace',
      'wsk-lint: Restart server',
      'wsk-lint: Show log',
    ]);
  });

  it('works in untrusted workspaces (it only reads text) and says why not in virtual ones (it reads from disk)', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe(false);
    expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/from disk/);
    expect(manifest.categories).toEqual(['Linters']);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['wsk', 'winsock kernel', 'windows driver', 'lint']));
  });

  it('names files that exist', () => {
    const named = [
      manifest.icon,
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.snippets.map((snippet) => snippet.path),
    ];
    for (const file of named) expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
    expect(manifest.main).toBe('./dist/client.js');
  });

  it('injects the WSK grammar into C and C++ (headers are cpp in VS Code)', () => {
    expect(manifest.contributes.grammars).toEqual([{ scopeName: 'wsk.injection', path: './syntaxes/wsk.injection.tmLanguage.json', injectTo: ['source.c', 'source.cpp'] }]);
  });
});
