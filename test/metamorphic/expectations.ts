// What the findings of a rewritten program must be: those of the original, each where it was or at the
// places the applied sites moved its lines to, less the findings a site cured. Compared by rule, file,
// function and line; a finding is counted once however often it is reported (as the corpus is scored).

import type { FindingKey } from './program';
import { baseName, formatKey } from './program';
import type { Place, Site } from './sites';

export interface Expected {
  readonly rule: string;
  /** Where the finding may be reported; it must be reported at one of them. */
  readonly places: readonly Place[];
  /** The finding of the original program it comes from. */
  readonly origin: FindingKey;
}

export interface Difference {
  /** Expected findings not reported anywhere they may be. */
  readonly missing: readonly Expected[];
  /** Findings reported where no expected finding of their rule may be. */
  readonly unexpected: readonly FindingKey[];
}

export function expectationsOf(findings: readonly FindingKey[]): Expected[] {
  return unique(findings).map((key) => ({ rule: key.rule, places: [{ file: key.file, function: key.function, line: key.line }], origin: key }));
}

/** The expectations after sites were applied: places moved, cured findings dropped. */
export function advance(expected: readonly Expected[], applied: readonly Site[]): Expected[] {
  const moves = applied.flatMap((site) => site.moves);
  const cures = applied.flatMap((site) => site.cures);
  return expected
    .filter((e) => !cures.some((cure) => cure.rule === e.rule && e.places.some((place) => place.file === cure.file && place.line === cure.line)))
    .map((e) => ({ ...e, places: uniquePlaces(e.places.flatMap((place) => movePlace(place, moves))) }));
}

function movePlace(place: Place, moves: Site['moves']): Place[] {
  const inFunction = moves.filter((move) => move.file === place.file && move.function === place.function);
  if (place.line === undefined) return [place, ...inFunction.flatMap((move) => move.places)];
  const moved = inFunction.filter((move) => move.from <= place.line! && place.line! <= move.to);
  return moved.length > 0 ? moved.flatMap((move) => move.places) : [place];
}

export function compare(expected: readonly Expected[], found: readonly FindingKey[]): Difference {
  const actual = unique(found);
  const at = (place: Place, key: FindingKey) => place.file === key.file && place.function === key.function && (place.line === undefined || place.line === key.line);
  return {
    missing: expected.filter((e) => !actual.some((key) => key.rule === e.rule && e.places.some((place) => at(place, key)))),
    unexpected: actual.filter((key) => !expected.some((e) => e.rule === key.rule && e.places.some((place) => at(place, key)))),
  };
}

/** One line per difference: `lost WSK008 rdr.c:204 in RcPrepareSocket`, `new WSK007 …`. */
export function formatDifference(difference: Difference): string[] {
  return [
    ...difference.missing.map((e) => `lost ${formatKey(e.origin)}${e.places.length > 1 || e.places[0].line !== e.origin.line ? ` (expected at ${e.places.map(formatPlace).join(' or ')})` : ''}`),
    ...difference.unexpected.map((key) => `new ${formatKey(key)}`),
  ];
}

function formatPlace(place: Place): string {
  return `${baseName(place.file)}:${place.line ?? '*'} in ${place.function || '(file scope)'}`;
}

function unique(keys: readonly FindingKey[]): FindingKey[] {
  const seen = new Set<string>();
  return keys.filter((key) => {
    const id = `${key.rule}\0${key.file}\0${key.function}\0${key.line}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function uniquePlaces(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((place) => {
    const id = `${place.file}\0${place.function}\0${place.line ?? '*'}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
