// The progress line: shown only on a terminal outside CI, redrawn in place no more than ten times a
// second, parsing then analysing, and erased at the end. (That a piped run prints none is checked on
// the built CLI in parallel.test.ts.)

import { describe, expect, test } from 'vitest';
import { ProgressLine, showsProgress } from '../../server/src/cli/progress';

describe('when to show it', () => {
  test.each([
    [true, {}, true],
    [true, { CI: 'true' }, false],
    [true, { CI: '1' }, false],
    [true, { CI: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('isTTY %s, env %j: %s', (isTTY, env, expected) => {
    expect(showsProgress({ isTTY, write: () => true }, env)).toBe(expected);
  });
});

describe('the line', () => {
  function run(steps: ('parsed' | 'analysed' | number)[]): string {
    let output = '';
    let time = 0;
    const line = new ProgressLine({ isTTY: true, write: (text) => (output += text) }, 3, () => time);
    for (const step of steps) {
      if (typeof step === 'number') time += step;
      else line[step]();
    }
    line.clear();
    return output;
  }

  test('parsed, then analysed, redrawn over itself, then erased', () => {
    const output = run(['parsed', 200, 'parsed', 200, 'parsed', 200, 'analysed', 200, 'analysed']);
    const frames = output.split('\r').filter((frame) => frame !== '');
    expect(frames.map((frame) => frame.trimEnd())).toEqual([
      'wsk-lint: parsed 1/3 files',
      'wsk-lint: parsed 2/3 files',
      'wsk-lint: analysed 0/3 files',
      'wsk-lint: analysed 1/3 files',
      'wsk-lint: analysed 2/3 files',
      '',
    ]);
    // The last frame blanks exactly what was shown, and the cursor goes back to the start of the line.
    expect(output.endsWith(`\r${' '.repeat('wsk-lint: analysed 2/3 files'.length)}\r`)).toBe(true);
  });

  test('a shorter line is padded over the longer one before it', () => {
    let output = '';
    let time = 0;
    const line = new ProgressLine({ isTTY: true, write: (text) => (output += text) }, 100000, () => time);
    for (let i = 0; i < 99998; i++) line.parsed();
    time += 200;
    line.parsed();
    time += 200;
    line.analysed();
    expect(output.split('\r').slice(-2)).toEqual(['wsk-lint: parsed 99999/100000 files', 'wsk-lint: analysed 1/100000 files  ']);
  });

  test('no more than ten redraws a second', () => {
    const output = run(['parsed', 10, 'parsed', 10, 'parsed', 10, 'analysed', 10, 'analysed']);
    expect(output.split('\r').filter((frame) => frame.trim() !== '')).toEqual(['wsk-lint: parsed 1/3 files']);
  });

  test('nothing drawn, nothing to erase', () => {
    expect(run([])).toBe('');
  });
});
