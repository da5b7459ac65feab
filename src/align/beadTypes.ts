/**
 * The bead shapes `[en count, es count]` the parallel aligner considers for a largest size `maxBeadSize`:
 * 1-0 and 0-1, then every a-b with a, b ≥ 1, max(a, b) ≤ maxBeadSize and a + b ≤ maxBeadSize + 1
 * (3 → 1-1, 1-2, 2-1, 2-2, 1-3, 3-1; 4 adds 1-4, 4-1, 2-3, 3-2).
 */
export function beadTypes(maxBeadSize: number): Array<[number, number]> {
  const out: Array<[number, number]> = [[1, 1], [1, 0], [0, 1]];
  for (let s = 3; s <= maxBeadSize + 1; s++) {
    for (let a = 1; a < s; a++) {
      const b = s - a;
      if (a <= maxBeadSize && b <= maxBeadSize) out.push([a, b]);
    }
  }
  return out;
}
