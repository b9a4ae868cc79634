// Runs rewrites on a program and says how its findings differ from what they must be. A step applies
// one kind of rewrite: at the sites `keys` names (as a kept regression or a known failure names them),
// at one site chosen by `pick` (the fuzzer's random number), or at every site but those `except` names
// (the fixed set of npm test).
// Steps apply in order, each to the program the previous one left (re-parsed in between).

import type { Difference, Expected } from './expectations';
import { advance, compare, expectationsOf } from './expectations';
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

export interface RewriteOptions {
  /** The original program, loaded (and analysed) already by the caller, who keeps it. */
  readonly loaded?: Program;
  /** The original's findings, when the caller knows them. */
  readonly known?: readonly FindingKey[];
  /** Sites never to draw or apply by `pick` or `except` (the known failures, for the fuzzer). */
  readonly skip?: (site: Site) => boolean;
}

/** The program after the steps, and what its findings must be. */
export async function rewrite(files: readonly SourceFile[], roots: readonly string[], steps: readonly Step[], options: RewriteOptions = {}): Promise<Rewritten> {
  const { loaded, known, skip } = options;
  let program = loaded ?? (await Program.load(files, roots));
  const original = known ? [...known] : program.findingKeys();
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
      // Sites named by key are applied whatever `skip` says: a kept regression replays what it names.
      const drawn = sites.filter((site) => !skip?.(site));
      const chosen = step.keys ? sites.filter((site) => step.keys!.some((key) => sameKey(site.key, { kind: kind.name, ...key })))
        : step.pick !== undefined ? (drawn.length > 0 ? [drawn[step.pick % drawn.length]] : [])
          : drawn.filter((site) => !(step.except ?? []).some((key) => sameKey(site.key, { kind: kind.name, ...key })));
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
export async function checkRewrites(files: readonly SourceFile[], roots: readonly string[], steps: readonly Step[], options: RewriteOptions = {}): Promise<Checked> {
  const rewritten = await rewrite(files, roots, steps, options);
  const program = await Program.load(rewritten.files, roots);
  const { loaded } = options;
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

