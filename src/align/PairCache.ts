/**
 * A growable open-addressing hash map from a pair of non-negative integers `(i, j)` to a number, without the
 * per-entry allocations of a `Map` keyed by `i · width + j` (which leaves the small-integer range on long inputs).
 * @internal
 */
export class PairCache {
  private keysI: Int32Array;
  private keysJ: Int32Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keysI = new Int32Array(cap).fill(-1);
    this.keysJ = new Int32Array(cap);
    this.values = new Float64Array(cap);
    this.mask = cap - 1;
  }

  private slot(i: number, j: number): number {
    let h = Math.imul(i, 0x9e3779b1) ^ Math.imul(j + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let s = h & this.mask;
    while (this.keysI[s] !== -1 && (this.keysI[s] !== i || this.keysJ[s] !== j)) s = (s + 1) & this.mask;
    return s;
  }

  /** The value stored for `(i, j)`, or `undefined`. */
  get(i: number, j: number): number | undefined {
    const s = this.slot(i, j);
    return this.keysI[s] === -1 ? undefined : this.values[s];
  }

  /** Stores `value` for `(i, j)`. */
  set(i: number, j: number, value: number): void {
    if ((this.count + 1) * 2 > this.keysI.length) this.grow();
    const s = this.slot(i, j);
    if (this.keysI[s] === -1) {
      this.count++;
      this.keysI[s] = i;
      this.keysJ[s] = j;
    }
    this.values[s] = value;
  }

  private grow(): void {
    const { keysI, keysJ, values } = this;
    const cap = keysI.length * 2;
    this.keysI = new Int32Array(cap).fill(-1);
    this.keysJ = new Int32Array(cap);
    this.values = new Float64Array(cap);
    this.mask = cap - 1;
    this.count = 0;
    for (let s = 0; s < keysI.length; s++) if (keysI[s] !== -1) this.set(keysI[s], keysJ[s], values[s]);
  }
}
