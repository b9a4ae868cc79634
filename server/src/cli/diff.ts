// A unified diff of two texts, as `diff -u` and git print it (`--fix-dry-run`): `---`/`+++` headers,
// hunks of changed lines with three lines of context. Lines are found with Myers' algorithm, whose cost
// grows with the number of changed lines, not with the file's size.

const CONTEXT = 3;

/** The unified diff of a file's text before and after (empty when they are equal). */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  const script = editScript(a, b);
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const hunk of hunks(script)) {
    const oldStart = hunk[0].oldIndex;
    const newStart = hunk[0].newIndex;
    const oldCount = hunk.filter((step) => step.kind !== 'insert').length;
    const newCount = hunk.filter((step) => step.kind !== 'delete').length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const step of hunk) {
      const prefix = step.kind === 'insert' ? '+' : step.kind === 'delete' ? '-' : ' ';
      out.push(`${prefix}${step.line.text}`);
      if (!step.line.newline) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}

interface Line {
  readonly text: string;
  /** Whether a newline ends it (the last line of a file may have none). */
  readonly newline: boolean;
}

interface Step {
  readonly kind: 'keep' | 'insert' | 'delete';
  readonly line: Line;
  /** The 0-based line in each text where this step is. */
  readonly oldIndex: number;
  readonly newIndex: number;
}

function lines(text: string): Line[] {
  const parts = text.split('\n');
  const result = parts.map((part, index) => ({ text: part, newline: index < parts.length - 1 }));
  if (result.length > 0 && result[result.length - 1].text === '' && !result[result.length - 1].newline) result.pop();
  return result;
}

function same(x: Line, y: Line): boolean {
  return x.text === y.text && x.newline === y.newline;
}

/** The shortest edit script from a to b (Myers, with the trace of each step kept to walk it back). */
function editScript(a: readonly Line[], b: readonly Line[]): Step[] {
  const max = a.length + b.length;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && same(a[x], b[y])) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= a.length && y >= b.length) {
        found = true;
        break;
      }
    }
    v = next;
  }
  // Walk back from the end through the trace.
  const steps: Step[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const previous = trace[d];
    const k = x - y;
    const fromInsert = k === -d || (k !== d && previous[offset + k - 1] < previous[offset + k + 1]);
    const prevK = fromInsert ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : previous[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      steps.push({ kind: 'keep', line: a[x], oldIndex: x, newIndex: y });
    }
    if (d === 0) break;
    if (fromInsert) {
      y--;
      steps.push({ kind: 'insert', line: b[y], oldIndex: x, newIndex: y });
    } else {
      x--;
      steps.push({ kind: 'delete', line: a[x], oldIndex: x, newIndex: y });
    }
  }
  return steps.reverse();
}

/** The changes with CONTEXT lines around them, changes closer than twice that joined in one hunk. */
function hunks(script: readonly Step[]): Step[][] {
  const changed = script.map((step, index) => (step.kind === 'keep' ? -1 : index)).filter((index) => index >= 0);
  const result: Step[][] = [];
  let start = -1;
  let end = -1;
  for (const index of changed) {
    if (start >= 0 && index - CONTEXT <= end + CONTEXT) {
      end = index;
      continue;
    }
    if (start >= 0) result.push(script.slice(Math.max(0, start - CONTEXT), Math.min(script.length, end + CONTEXT + 1)));
    start = index;
    end = index;
  }
  if (start >= 0) result.push(script.slice(Math.max(0, start - CONTEXT), Math.min(script.length, end + CONTEXT + 1)));
  return result;
}

/** `start,count` (1-based start; a hunk that adds to an empty region names the line before it). */
function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}
