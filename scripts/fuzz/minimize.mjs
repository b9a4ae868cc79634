// Delta debugging (Zeller's ddmin) of a failing input: drop whole files and the configuration, then
// lines of each file, then characters, keeping every step that still fails the same way. Bounded in
// time: when the deadline passes, the smallest failing input so far is the result.

/** `fails(input)`: whether the candidate still fails; `deadline`: a performance.now() time. */
export async function minimize(input, fails, deadline, keep = () => false) {
  const within = () => performance.now() < deadline;
  const test = async (candidate) => within() && (await fails(candidate));
  let current = await dropFiles(input, test, keep);
  if (current.config) {
    const { config: _dropped, ...candidate } = current;
    if (await test(candidate)) current = candidate;
  }
  for (const unit of ['line', 'char']) {
    for (let i = 0; i < current.files.length; i++) {
      if (keep(current.files[i])) continue;
      const parts = unit === 'line' ? current.files[i].text.match(/[^\n]*\n|[^\n]+$/g) ?? [] : [...current.files[i].text];
      const withText = (text) => ({ ...current, files: current.files.map((f, k) => (k === i ? { ...f, text } : f)) });
      const kept = await ddmin(parts, (subset) => test(withText(subset.join(''))), within);
      current = withText(kept.join(''));
    }
  }
  // A file emptied by the passes above may now go altogether.
  return dropFiles(current, test, keep);
}

async function dropFiles(input, test, keep) {
  let current = input;
  for (const file of [...current.files]) {
    if (keep(file) || current.files.length === 1) continue;
    const candidate = { ...current, files: current.files.filter((f) => f !== file) };
    if (await test(candidate)) current = candidate;
  }
  return current;
}

/** The ddmin loop: try each chunk alone, then each complement, at doubling granularity. */
export async function ddmin(items, fails, within) {
  let n = 2;
  while (items.length >= 2 && within()) {
    const size = Math.ceil(items.length / n);
    const chunks = [];
    for (let i = 0; i < items.length; i += size) chunks.push([i, Math.min(items.length, i + size)]);
    let reduced = false;
    for (const [start, end] of chunks) {
      const subset = items.slice(start, end);
      if (await fails(subset)) {
        items = subset;
        n = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced && n > 2) {
      for (const [start, end] of chunks) {
        const complement = [...items.slice(0, start), ...items.slice(end)];
        if (await fails(complement)) {
          items = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (n >= items.length) break;
      n = Math.min(items.length, n * 2);
    }
  }
  if (items.length === 1 && (await fails([]))) return [];
  return items;
}
