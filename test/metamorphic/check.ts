// Runs rewrites on a program and says how its findings differ from what they must be. A step applies
// one kind of rewrite: at the sites `keys` names (as a kept regression or a known failure names them),
// at one site chosen by `pick` (the fuzzer's random number), or at every site but those `except` names
// (the fixed set of npm test).
// Steps apply in order, each to the program the previous one left (re-parsed in between).

import type { Difference, Expected } from './expectations';
import { advance, compare, expectationsOf, isEmpty } from './expectations';
import type { FindingKey, SourceFile } from './program';
import { Program } from './program';
import type { Site, SiteKey } from './sites';
import { applySites, keyed, sameKey } from './sites';
import { KINDS } from './rewrites/index';

export interface Step {
  readonly kind: string;
  /** The sites to rewrite (as a kept regression or a known failure names them). */
  readonly keys?: readonly Omit<SiteKey, 'kind'>[];
  /** A random number choosing one site among those of the kind (modulo their count). */
  readonly pick?: number;
  /** Sites left out when every site of the kind is rewritten. */
  readonly except?: readonly Omit<SiteKey, 'kind'>[];
}

export interface Rewritten {
  readonly files: SourceFile[];
  /** What the findings of `files` must be. */
  readonly expected: Expected[];
  /** The sites applied, in order (their keys replay the same rewrite). */
  readonly applied: Site[];
  /** The original program's findings. */
  readonly original: FindingKey[];
}

/**
 * The program after the steps, and what its findings must be. `loaded`: the original program, loaded
 * (and analysed) already by the caller, who keeps it.
 */
export async function rewrite(files: readonly SourceFile[], roots: readonly string[], steps: readonly Step[], loaded?: Program): Promise<Rewritten> {
  let program = loaded ?? (await Program.load(files, roots));
  const original = program.findingKeys();
  let expected = expectationsOf(original);
  let current = [...files];
  const applied: Site[] = [];
  const release = () => {
    if (program !== loaded) program.dispose();
  };
  try {
    for (const step of steps) {
      const kind = KINDS.get(step.kind);
      if (!kind) throw new Error(`no rewrite named ${step.kind}`);
      const sites = keyed(kind.name, kind.sites(program));
      const chosen = step.keys ? sites.filter((site) => step.keys!.some((key) => sameKey(site.key, { kind: kind.name, ...key })))
        : step.pick !== undefined ? (sites.length > 0 ? [sites[step.pick % sites.length]] : [])
          : sites.filter((site) => !(step.except ?? []).some((key) => sameKey(site.key, { kind: kind.name, ...key })));
      const result = applySites(current, chosen);
      if (result.applied.length === 0) continue;
      expected = advance(expected, result.applied);
      applied.push(...result.applied);
      current = result.files;
      release();
      program = await Program.load(current, roots);
    }
  } finally {
    release();
  }
  return { files: current, expected, applied, original };
}

export interface Checked {
  readonly rewritten: Rewritten;
  readonly differences: Difference;
  readonly found: FindingKey[];
  /** Files the rewrites left with more parse errors than they had (a rewrite that broke the syntax). */
  readonly broken: string[];
}

/** Rewrites, analyses the result and compares its findings with what they must be. */
export async function checkRewrites(files: readonly SourceFile[], roots: readonly string[], steps: readonly Step[], loaded?: Program): Promise<Checked> {
  const rewritten = await rewrite(files, roots, steps, loaded);
  const program = await Program.load(rewritten.files, roots);
  const before = loaded ?? (await Program.load(files, roots));
  try {
    const found = program.findingKeys();
    const broken = rewritten.files.filter((file) => program.parseErrors(file.path) > (before.text(file.path) !== undefined ? before.parseErrors(file.path) : 0)).map((file) => file.path);
    return { rewritten, differences: compare(rewritten.expected, found), found, broken };
  } finally {
    program.dispose();
    if (before !== loaded) before.dispose();
  }
}

/**
 * The smallest set of a kind's sites (by delta debugging over their keys) that still changes the
 * findings, when applying `keys` together does: what a failure message names.
 */
export async function isolate(files: readonly SourceFile[], roots: readonly string[], kind: string, keys: readonly SiteKey[], loaded?: Program): Promise<SiteKey[]> {
  const fails = async (subset: readonly SiteKey[]) => {
    if (subset.length === 0) return false;
    const { differences } = await checkRewrites(files, roots, [{ kind, keys: subset }], loaded);
    return !isEmpty(differences);
  };
  let current = [...keys];
  let n = 2;
  while (current.length >= 2) {
    const size = Math.ceil(current.length / n);
    const chunks = Array.from({ length: Math.ceil(current.length / size) }, (_, i) => current.slice(i * size, (i + 1) * size));
    let reduced = false;
    for (const chunk of chunks) {
      if (await fails(chunk)) {
        current = chunk;
        n = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced && n > 2) {
      for (const chunk of chunks) {
        const complement = current.filter((key) => !chunk.includes(key));
        if (await fails(complement)) {
          current = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(current.length, n * 2);
    }
  }
  return current;
}
