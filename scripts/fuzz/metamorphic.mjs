// Metamorphic inputs: a driver of the corpus with a random sequence of meaning-preserving rewrites
// (test/metamorphic/), sometimes after a cure of one of its planted bugs, and their minimising. The
// worker applies the rewrites (it has the parser) and checks that the findings stay; the sites it
// applied come back as keys (kind, file, line, rank), which replay the same rewrites.
//
// Minimising a failure: drop rewrites (delta debugging over the applied sites), then files, then
// blank lines (the rewrites name their sites by line, so lines are emptied rather than removed),
// and last remove the blank lines at once, moving the sites' lines with them, if it still fails so.
import { ddmin } from './minimize.mjs';

const CORPUS = 'test/corpus/';

/** Input `rng`'s metamorphic input from a corpus driver: { files, label, metamorphic: { steps } }. */
export function makeMetamorphicInput(rng, seeds, kinds) {
  const drivers = seeds.groups.filter((group) => group.name.startsWith(CORPUS));
  const driver = rng.pick(drivers);
  const steps = [];
  if (rng.chance(0.3)) steps.push({ kind: 'cure', pick: rng.uint32() });
  const count = rng.weighted([[4, 1], [3, 2], [2, 3], [1, 5]]);
  for (let i = 0; i < count; i++) steps.push({ kind: rng.pick(kinds), pick: rng.uint32() });
  return {
    files: driver.files.map((file) => ({ ...file })),
    label: `metamorphic ${driver.name} [${steps.map((step) => step.kind).join(', ')}]`,
    metamorphic: { steps },
  };
}

/** The steps that replay the sites a run applied, one step per site. */
export function replaySteps(applied) {
  return applied.map(({ kind, ...key }) => ({ kind, keys: [key] }));
}

/**
 * The smallest input that still `fails` (an async predicate), within `deadline` (performance.now()).
 * `input.metamorphic.steps` must name sites by their keys (replaySteps); `keep(file)`: files never dropped.
 */
export async function minimizeMetamorphic(input, fails, deadline, keep) {
  const within = () => performance.now() < deadline;
  const test = async (candidate) => within() && (await fails(candidate));
  const withSteps = (steps) => ({ ...input, metamorphic: { steps } });
  let current = withSteps(await ddmin(input.metamorphic.steps, (steps) => test(withSteps(steps)), within));
  for (const file of [...current.files]) {
    if (keep(file)) continue;
    const candidate = { ...current, files: current.files.filter((f) => f !== file) };
    if (await test(candidate)) current = candidate;
  }
  for (let i = 0; i < current.files.length; i++) {
    if (keep(current.files[i])) continue;
    const lines = current.files[i].text.split('\n');
    const filled = lines.map((line, index) => index).filter((index) => lines[index].trim() !== '');
    const withLines = (kept) => {
      const set = new Set(kept);
      const text = lines.map((line, index) => (set.has(index) ? line : '')).join('\n');
      return { ...current, files: current.files.map((f, k) => (k === i ? { ...f, text } : f)) };
    };
    current = withLines(await ddmin(filled, (kept) => test(withLines(kept)), within));
  }
  const squeezed = squeeze(current, keep);
  return (await test(squeezed)) ? squeezed : current;
}

/** The input with its blank lines removed, each step's sites moved to their new lines. */
function squeeze(input, keep) {
  const renumber = new Map();
  const files = input.files.map((file) => {
    if (keep(file)) return file;
    const lines = file.text.split('\n');
    const newLine = [];
    let next = 1;
    for (const line of lines) newLine.push(line.trim() === '' ? next : next++);
    renumber.set(file.path.split('/').pop(), newLine);
    return { ...file, text: lines.filter((line) => line.trim() !== '').join('\n') + '\n' };
  });
  const steps = input.metamorphic.steps.map((step) => ({
    ...step,
    keys: step.keys.map((key) => {
      const lines = renumber.get(key.file);
      return lines && lines[key.line - 1] !== undefined ? { ...key, line: lines[key.line - 1] } : key;
    }),
  }));
  return { ...input, files, metamorphic: { steps } };
}
