// The seeds (every fixture under test/rules/, the drivers of test/corpus/, test/bench/wdk-style-client.c)
// and input number N of a run: a mutated fixture group, a generated program or a corpus driver to
// rewrite (metamorphic.mjs), made only from the run's seed and N. Files live under a virtual root (/fuzz/...); the test headers under /fuzz/include,
// the workspace root, as test/include is for the fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Random } from './random.mjs';
import { HEAVY, LIGHT } from './mutate.mjs';
import { generateProgram, wskStatement } from './programs.mjs';
import { makeMetamorphicInput } from './metamorphic.mjs';

export const VIRTUAL_ROOT = '/fuzz';
export const INCLUDE_ROOT = '/fuzz/include';

const SOURCE = /\.[ch]$/i;

export function loadSeeds(root) {
  const read = (file) => ({ path: `${VIRTUAL_ROOT}/${relative(root, file).split('\\').join('/')}`, text: readFileSync(file, 'utf8') });
  const sources = (dir) => readdirSync(dir).filter((name) => SOURCE.test(name)).sort().map((name) => join(dir, name));
  const groups = [];
  const rulesDir = join(root, 'test/rules');
  for (const rule of readdirSync(rulesDir).sort()) {
    const ruleDir = join(rulesDir, rule);
    if (!statSync(ruleDir).isDirectory()) continue;
    for (const file of sources(ruleDir)) groups.push({ name: relative(root, file), files: [read(file)] });
    for (const sub of readdirSync(ruleDir).sort()) {
      const subDir = join(ruleDir, sub);
      if (statSync(subDir).isDirectory()) groups.push({ name: relative(root, subDir), files: sources(subDir).map(read) });
    }
  }
  const corpusDir = join(root, 'test/corpus');
  for (const driver of readdirSync(corpusDir).sort()) {
    const dir = join(corpusDir, driver);
    if (statSync(dir).isDirectory()) groups.push({ name: relative(root, dir), files: sources(dir).map(read) });
  }
  groups.push({ name: 'test/bench/wdk-style-client.c', files: [read(join(root, 'test/bench/wdk-style-client.c'))] });
  const includeDir = join(root, 'test/include');
  const headers = sources(includeDir).map((file) => ({ path: `${INCLUDE_ROOT}/${basename(file)}`, text: readFileSync(file, 'utf8') }));
  const donors = groups.flatMap((group) => group.files.map((file) => file.text));
  return { groups, headers, donors, includeDir };
}

const HEAVY_WEIGHTS = [[4, 'deep-nesting'], [2, 'long-line'], [3, 'macro-chain'], [0.25, 'oversize']];
const LIGHT_NAMES = Object.keys(LIGHT);

/** The share of inputs that are metamorphic (each analyses its driver twice, and re-parses it per rewrite). */
const METAMORPHIC_SHARE = 0.1;

/**
 * Input `index` of the run with `seed`: { files, roots, config, metamorphic, label, kind }. `kind` is
 * the heavy mutation applied, else `program`, `mutation` or `metamorphic` (slow inputs are told apart
 * by it). `rewrites`: the names of the meaning-preserving rewrites a metamorphic input draws from.
 */
export function makeInput(seeds, seed, index, rewrites = []) {
  const rng = new Random(seed, index);
  if (rewrites.length > 0 && rng.chance(METAMORPHIC_SHARE)) {
    const { files, label, metamorphic } = makeMetamorphicInput(rng, seeds, rewrites);
    return { files: [...seeds.headers.map((file) => ({ ...file })), ...files], roots: [INCLUDE_ROOT], metamorphic, label, kind: 'metamorphic' };
  }
  let files;
  let config;
  let label;
  let kind;
  const applied = [];
  const mutateOne = (targets, names) => {
    const file = rng.pick(targets);
    const context = { name: basename(file.path), siblings: files.filter((f) => f !== file).map((f) => basename(f.path)), donors: seeds.donors, statement: wskStatement };
    for (const name of names) file.text = (LIGHT[name] ?? HEAVY[name])(rng, file.text, context);
    applied.push(`${basename(file.path)}: ${names.join(', ')}`);
  };
  if (rng.chance(0.35)) {
    const program = generateProgram(rng);
    files = program.files.map((file) => ({ path: `${VIRTUAL_ROOT}/gen/${file.name}`, text: file.text }));
    config = program.config;
    kind = 'program';
    label = `generated program (${files.map((f) => basename(f.path)).join(', ')})`;
    if (rng.chance(0.25)) mutateOne(files, Array.from({ length: rng.range(1, 2) }, () => rng.pick(LIGHT_NAMES)));
  } else {
    const group = rng.pick(seeds.groups);
    files = group.files.map((file) => ({ ...file }));
    kind = 'mutation';
    label = `mutated ${group.name}`;
    const targets = rng.chance(0.8) ? [rng.pick(files)] : files.filter(() => rng.chance(0.5));
    for (const target of targets.length > 0 ? targets : [files[0]]) {
      mutateOne([target], Array.from({ length: rng.weighted([[5, 1], [3, 2], [2, rng.range(3, 10)]]) }, () => rng.pick(LIGHT_NAMES)));
    }
  }
  const headers = seeds.headers.map((file) => ({ ...file }));
  if (rng.chance(0.02)) {
    files.push(...headers.splice(0, headers.length));
    mutateOne(files.slice(-seeds.headers.length), [rng.pick(LIGHT_NAMES)]);
  }
  if (rng.chance(0.1)) {
    kind = rng.weighted(HEAVY_WEIGHTS);
    mutateOne(files, [kind]);
  }
  return { files: [...headers, ...files], roots: [INCLUDE_ROOT], ...(config ? { config } : {}), label: `${label}${applied.length > 0 ? ` [${applied.join('; ')}]` : ''}`, kind };
}
