/**
 * A CPU-bound stand-in for `align`/`findQuoteMismatches` with the same call shape `(en, es, options)`,
 * for benchmarking and testing the batch runner independently of the real stages: a word-level edit
 * distance between the two texts, repeated `options.rounds` times (default 3). Not part of the library.
 * Special inputs exercise failure paths: `en === '__throw__'` throws a coded error, `'__hang__'` never
 * returns, `'__exit__'` ends its worker thread.
 * @module
 */
export function cpuStandIn(en: string, es: string | undefined, options: { rounds?: number } = {}): { distance: number; words: [number, number]; findings: { type: string; severity: 'error' | 'warning' | 'info' }[] } {
  if (en === '__throw__') throw Object.assign(new Error('planted failure'), { code: 'INVALID_INPUT' });
  if (en === '__hang__') for (;;) { /* never returns: the pool's timeout must end it */ }
  if (en === '__exit__') process.exit(3);
  const a = en.toLowerCase().split(/\s+/).filter(Boolean);
  const b = (es ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  let distance = 0;
  for (let r = 0; r < (options.rounds ?? 3); r++) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) {
        const same = a[i - 1].slice(0, 4) === b[j - 1].slice(0, 4) ? 0 : 1;
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + same);
      }
      prev = cur;
    }
    distance = prev[b.length];
  }
  return { distance, words: [a.length, b.length], findings: distance > a.length ? [{ type: 'wording', severity: 'warning' }] : [] };
}
