// The unified diff of --fix-dry-run: hunk headers and context as `diff -u` writes them, and for any two
// texts a patch that turns the first into the second (checked by a patch reader written here).

import { expect, test } from 'vitest';
import { unifiedDiff } from '../../server/src/cli/diff';

/** Applies a unified diff of one file to its old text. */
function patch(old: string, diff: string): string {
  const source = old.split('\n');
  const result: string[] = [];
  const lines = diff.split('\n');
  let at = 0;
  for (let i = 2; i < lines.length; i++) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]);
    if (hunk) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      result.push(...source.slice(at, start));
      at = start;
      continue;
    }
    const line = lines[i];
    if (line === '' || line === '\\ No newline at end of file') continue;
    if (line[0] === '+') result.push(line.slice(1));
    else {
      expect(source[at]).toBe(line.slice(1));
      if (line[0] === ' ') result.push(source[at]);
      at++;
    }
  }
  result.push(...source.slice(at));
  return result.join('\n');
}

test('a change in the middle of a file: one hunk with three lines of context', () => {
  const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', ''].join('\n');
  const after = before.replace('e\n', 'E\nE2\n');
  expect(unifiedDiff(before, after, 'a/x.c', 'b/x.c')).toBe([
    '--- a/x.c', '+++ b/x.c', '@@ -2,7 +2,8 @@', ' b', ' c', ' d', '-e', '+E', '+E2', ' f', ' g', ' h', '',
  ].join('\n'));
  expect(unifiedDiff(before, before, 'a', 'b')).toBe('');
});

test('any two texts: the diff turns the first into the second', () => {
  let seed = 20261126;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let n = 0; n < 500; n++) {
    const a = Array.from({ length: Math.floor(random() * 40) }, () => 'abcd'[Math.floor(random() * 4)]);
    const b = a.flatMap((line) => (random() < 0.1 ? [] : random() < 0.1 ? [line, 'x'] : random() < 0.1 ? ['y'] : [line]));
    const before = `${a.join('\n')}\n`;
    const after = `${b.join('\n')}\n`;
    expect(patch(before, unifiedDiff(before, after, 'a', 'b')), `${JSON.stringify(before)} -> ${JSON.stringify(after)}`).toBe(after);
  }
});
