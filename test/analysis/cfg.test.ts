// CFG dumps of annotated C functions, compared with the expected dumps beside them
// (`UPDATE_SNAPSHOTS=1 npx vitest run test/analysis/cfg.test.ts` writes them; review the diff). A
// missing dump fails: the test never takes what the code does for what it should do.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { Workspace } from '../../server/src/analysis/workspace';
import { buildCfg, dumpCfg } from '../../server/src/analysis/cfg';
import { functionName } from '../../server/src/analysis/syntax';

const FOLDER = path.join(__dirname, 'cfg');
const sources = fs.readdirSync(FOLDER).filter((name) => name.endsWith('.c'));
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

test('every dump has its source', () => {
  const dumps = fs.readdirSync(FOLDER).filter((name) => name.endsWith('.cfg'));
  expect(dumps.map((name) => name.replace(/\.cfg$/, '.c')).filter((name) => !sources.includes(name))).toEqual([]);
});

test.each(sources)('%s', async (name) => {
  const file = path.join(FOLDER, name);
  const workspace = await Workspace.create();
  try {
    workspace.setFile(file, fs.readFileSync(file, 'utf8'));
    const root = workspace.file(file)?.parsed.tree.rootNode;
    const dumps = (root?.namedChildren ?? [])
      .filter((node) => node?.type === 'function_definition')
      .map((node) => `== ${functionName(node!)} ==\n${dumpCfg(buildCfg(node!))}`)
      .join('\n');
    const expectedFile = file.replace(/\.c$/, '.cfg');
    if (UPDATE) fs.writeFileSync(expectedFile, dumps);
    expect(fs.existsSync(expectedFile), `${path.basename(expectedFile)} is missing: write it with UPDATE_SNAPSHOTS=1 and review it`).toBe(true);
    expect(dumps).toBe(fs.readFileSync(expectedFile, 'utf8'));
  } finally {
    workspace.dispose();
  }
});
