/**
 * The source of a batch worker thread, run with `new Worker(BATCH_WORKER_SOURCE, { eval: true })`.
 * It is plain CommonJS-flavoured JavaScript kept in a string so it works the same from the bundled
 * `dist/cli.js` and from the TypeScript sources (no separate worker file to ship or to locate).
 *
 * `workerData`: `{ module, export, tsx }`: the file URL of the module that holds the task function,
 * the export's name, and (for a `.ts` module, in development) the file URL of tsx's ESM API used to import it.
 * Messages in: `{ seq, args }`; out: `{ type: 'ready' }`, `{ type: 'fatal', message }`, or
 * `{ seq, json, severity }` / `{ seq, error: { code, message } }`.
 * @module
 */
export const BATCH_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const RANK = { info: 1, warning: 2, error: 3 };
// Highest "severity" anywhere in a result (findings of quotes, claims, resources...).
function maxSeverity(value) {
  let best = 0;
  const stack = [value];
  let budget = 1e6;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) { for (const x of v) if (x !== null && typeof x === 'object') stack.push(x); continue; }
    const s = v.severity;
    if (typeof s === 'string' && RANK[s] > best) best = RANK[s];
    for (const k in v) { const x = v[k]; if (x !== null && typeof x === 'object') stack.push(x); }
  }
  return best;
}
(async () => {
  let fn;
  try {
    let mod;
    if (workerData.tsx) mod = await (await import(workerData.tsx)).tsImport(workerData.module, workerData.module);
    else mod = await import(workerData.module);
    fn = mod[workerData.export];
    if (typeof fn !== 'function') throw new Error(workerData.module + ' has no function export ' + workerData.export);
  } catch (e) {
    parentPort.postMessage({ type: 'fatal', message: String((e && e.stack) || e) });
    return;
  }
  // One call at a time, replies in the order calls arrived (even for async task functions).
  let chain = Promise.resolve();
  parentPort.on('message', (m) => { chain = chain.then(() => handle(m)); });
  async function handle(m) {
    let reply;
    try {
      const result = await fn(...m.args);
      reply = { seq: m.seq, json: JSON.stringify(result === undefined ? null : result), severity: maxSeverity(result) };
    } catch (e) {
      const code = e && typeof e.code === 'string' ? e.code : 'INTERNAL';
      reply = { seq: m.seq, error: { code, message: String((e && e.message) || e) } };
    }
    parentPort.postMessage(reply);
  }
  parentPort.postMessage({ type: 'ready' });
})();
`;
