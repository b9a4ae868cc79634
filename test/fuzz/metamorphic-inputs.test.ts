// The fuzzer's metamorphic inputs (scripts/fuzz/metamorphic.mjs): made from the seed alone, and
// minimised to the rewrites and lines a failure needs, with the sites moved along when blank lines go.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { TEST_ROOT } from '../support/fixtures';

interface Step {
  kind: string;
  keys: { file: string; line: number; index: number }[];
}

interface Input {
  files: { path: string; text: string }[];
  roots: string[];
  metamorphic: { steps: Step[] };
}

const scripts = path.join(TEST_ROOT, '..', 'scripts', 'fuzz');
// The fuzzer's modules are plain JavaScript: loaded as the fuzzer loads them.
const load = (name: string) => import(pathToFileURL(path.join(scripts, name)).href);

describe('metamorphic inputs', () => {
  test('the same seed and index give the same driver and rewrites; the kinds come from the list given', async () => {
    const { makeMetamorphicInput } = await load('metamorphic.mjs');
    const { Random } = await load('random.mjs');
    const seeds = { groups: [{ name: 'test/rules/x', files: [] }, { name: 'test/corpus/a', files: [{ path: '/fuzz/a.c', text: 'int a;\n' }] }, { name: 'test/corpus/b', files: [{ path: '/fuzz/b.c', text: 'int b;\n' }] }] };
    const make = (index: number) => makeMetamorphicInput(new Random(42, index), seeds, ['wrap-do-while', 'rename-local']);
    expect(make(3)).toEqual(make(3));
    const inputs = Array.from({ length: 40 }, (_, index) => make(index));
    expect(new Set(inputs.map((input) => input.label.split(' ')[1]))).toEqual(new Set(['test/corpus/a', 'test/corpus/b']));
    const kinds = new Set(inputs.flatMap((input) => input.metamorphic.steps.map((step: { kind: string }) => step.kind)));
    expect(kinds).toEqual(new Set(['cure', 'wrap-do-while', 'rename-local']));
  });

  test('minimising keeps the rewrites and lines the failure needs, and moves the sites with the lines it removes', async () => {
    const { minimizeMetamorphic, replaySteps } = await load('metamorphic.mjs');
    const header = { path: '/fuzz/include/wsk.h', text: 'header\n' };
    const text = ['int a;', '', 'int needed;', 'int b;', 'void F(void)', '{', '    Site();', '}', ''].join('\n');
    const steps: Step[] = replaySteps([
      { kind: 'wrap-do-while', file: 'a.c', line: 5, index: 0 },
      { kind: 'rename-local', file: 'a.c', line: 7, index: 0 },
      { kind: 'split-declaration', file: 'b.c', line: 1, index: 0 },
    ]);
    const input: Input = { files: [header, { path: '/fuzz/a.c', text }, { path: '/fuzz/b.c', text: 'int c = 1;\n' }], roots: [], metamorphic: { steps } };
    // Fails while the rename of the site on the line of `Site();` is there and `int needed;` is kept above it.
    const fails = async (candidate: Input) => {
      const a = candidate.files.find((file) => file.path === '/fuzz/a.c');
      const lines = a?.text.split('\n') ?? [];
      return candidate.metamorphic.steps.some((step) => step.kind === 'rename-local' && lines[step.keys[0].line - 1]?.includes('Site();'))
        && lines.includes('int needed;') && candidate.files.includes(header);
    };
    const minimal = await minimizeMetamorphic(input, fails, performance.now() + 10_000, (file: { path: string }) => file === header);
    expect(minimal.files.map((file: { path: string }) => file.path)).toEqual(['/fuzz/include/wsk.h', '/fuzz/a.c']);
    expect(minimal.files[1].text).toBe('int needed;\n    Site();\n');
    expect(minimal.metamorphic.steps).toEqual([{ kind: 'rename-local', keys: [{ file: 'a.c', line: 2, index: 0 }] }]);
  });
});
