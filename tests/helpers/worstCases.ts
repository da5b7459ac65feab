import { describe, expect, it } from 'vitest';

/** `[name, repeated piece, budget in ms for 1 MB]`. */
export type WorstCase = [string, string, number];

/**
 * Worst-case inputs for a scanner: 100k commas in under a second, and each piece repeated to 1 MB within its
 * budget and in linear time (1 MB within 8x the time of 256 KB; a loaded 2-core machine is allowed for).
 * `run` must return an array (the scanner's findings).
 */
export function describeWorstCases(title: string, run: (text: string) => unknown, cases: WorstCase[]): void {
  describe(title, () => {
    const MB = 1 << 20;
    const time = (text: string): number => {
      const t0 = performance.now();
      expect(Array.isArray(run(text))).toBe(true);
      return performance.now() - t0;
    };
    it('100k commas finish in under a second', () => {
      expect(time(','.repeat(100_000))).toBeLessThan(1000);
    });
    it.each(cases)('1 MB of %s is linear and within budget', (_name, piece, budget) => {
      time(piece.repeat(1000)); // warm up the JIT
      const quarter = time(piece.repeat(Math.floor(MB / 4 / piece.length)));
      const full = time(piece.repeat(Math.floor(MB / piece.length)));
      expect(full).toBeLessThan(budget);
      expect(full / Math.max(quarter, 50)).toBeLessThan(8);
    });
  });
}
