/**
 * Token links between a quote and its source span (competitive linking on the bridge's link strengths).
 * @module
 */
import { linkStrengths } from '../../lexicon/linkStrengths.js';
import { DEFAULT_BRIDGE_OPTIONS } from '../../lexicon/BridgeOptions.js';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';

/** The quote's tokens linked with the span's. */
export interface Linked {
  pe: BridgeSentence;
  pf: BridgeSentence;
  /** Best link strength of each English / Spanish token to the other side. */
  bestE: Float32Array;
  bestF: Float32Array;
  /** One-to-one partner (competitive linking), or -1. */
  partnerE: Int32Array;
  partnerF: Int32Array;
  via: Uint8Array;
  cols: number;
  strength: Float32Array;
}

/** Links the quote's tokens with the span's, by competitive linking on the bridge's link strengths. */
export function linkQuote(pe: BridgeSentence, pf: BridgeSentence, minStrength: number): Linked {
  const m = linkStrengths(pe, pf, DEFAULT_BRIDGE_OPTIONS, false);
  const rows = m.rows;
  const cols = m.cols;
  const bestE = new Float32Array(rows);
  const bestF = new Float32Array(cols);
  const cand: { i: number; j: number; s: number; d: number }[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = m.strength[i * cols + j];
      if (s > bestE[i]) bestE[i] = s;
      if (s > bestF[j]) bestF[j] = s;
      if (s >= minStrength) cand.push({ i, j, s, d: Math.abs((i + 0.5) / rows - (j + 0.5) / cols) });
    }
  }
  cand.sort((a, b) => b.s - a.s || a.d - b.d);
  const partnerE = new Int32Array(rows).fill(-1);
  const partnerF = new Int32Array(cols).fill(-1);
  for (const c of cand) {
    if (partnerE[c.i] >= 0 || partnerF[c.j] >= 0) continue;
    partnerE[c.i] = c.j;
    partnerF[c.j] = c.i;
  }
  return { pe, pf, bestE, bestF, partnerE, partnerF, via: m.via, cols, strength: m.strength };
}
