// The analysis side of the fuzzer, in a worker thread so that the main thread can stop an input that
// runs too long (terminate) and survive one that exhausts the heap. Loads the bundle the main thread
// wrote, warms the parser up on a fixture, then checks the inputs it is sent, one at a time. With
// `profile`, it samples the CPU while it checks and sends back where the time went.
import { Session } from 'node:inspector/promises';
import { createRequire, findSourceMap } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

process.setSourceMapsEnabled(true);
const { checkInput } = createRequire(workerData.bundle)(workerData.bundle);
await checkInput(workerData.warmup);
parentPort.postMessage({ type: 'ready' });

parentPort.on('message', async ({ id, input, profile }) => {
  try {
    if (!profile) {
      parentPort.postMessage({ type: 'result', id, result: await checkInput(input) });
      return;
    }
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const result = await checkInput(input);
    const { profile: samples } = await session.post('Profiler.stop');
    session.disconnect();
    parentPort.postMessage({ type: 'result', id, result, profile: summarize(samples) });
  } catch (error) {
    // checkInput catches what the analysis throws; this is the checker itself failing.
    parentPort.postMessage({ type: 'failed', id, message: String(error?.message ?? error), stack: String(error?.stack ?? '') });
  }
});

/** The functions with the most self time, and the call chain of the hottest sampled frame. */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = profile.samples.length || 1;
  const self = new Map();
  for (const node of profile.nodes) {
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + node.hitCount);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, hits]) => `${((100 * hits) / total).toFixed(0).padStart(3)}% self  ${name}`);
  const hottest = profile.nodes.filter((node) => !node.callFrame.functionName.startsWith('(')).sort((a, b) => b.hitCount - a.hitCount)[0];
  const chain = [];
  for (let id = hottest?.id; id !== undefined && chain.length < 25; id = parent.get(id)) {
    const node = byId.get(id);
    if (node.callFrame.url) chain.push(`at ${frameName(node.callFrame)}`);
  }
  return { top, chain };
}

/** `function (server/src/analysis/paths.ts:120)`, through the bundle's source map. */
function frameName({ functionName, url, lineNumber, columnNumber }) {
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const entry = findSourceMap(url.startsWith('file://') ? new URL(url).pathname : url)?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) return `${name} (${entry.originalSource.replace(/^.*node_modules\//, '').replace(/^.*?(server\/src|test)\//, '$1/')}:${entry.originalLine + 1})`;
  return `${name} (${url.split('/').pop()}:${lineNumber + 1})`;
}
