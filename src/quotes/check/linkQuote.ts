/**
 * Token links between a quote and its source span (competitive linking on the bridge's link strengths).
 * @module
 */
import { linkStrengths } from '../../lexicon/linkStrengths.js';
import { DEFAULT_BRIDGE_OPTIONS } from '../../lexicon/BridgeOptions.js';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { linkIdioms } from '../../lexicon/idioms/linkIdioms.js';

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
  // An idiom rendered by the usual Spanish phrase (“treading water” / “a duras penas a flote”) is no omission
  // nor addition: its words link as the source search links them.
  linkIdioms(pe, pf, m);
  const rows = m.rows;
  const cols = m.cols;
  const bestE = new Float32Array(rows);
  const bestF = new Float32Array(cols);
  const strength = m.strength;
  // Candidate cells as indices k = i * cols + j (no object per cell), strongest first, then nearest the
  // diagonal, then in reading order (the order a stable sort of the cells in reading order gives).
  // The strongest link of each English content word to a Spanish content word (for the tie-break below).
  const contentBest = new Float32Array(rows);
  const cand: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = strength[i * cols + j];
      if (s > bestE[i]) bestE[i] = s;
      if (s > bestF[j]) bestF[j] = s;
      if (s > contentBest[i] && !pe.stop[i] && !pf.stop[j]) contentBest[i] = s;
      if (s >= minStrength) cand.push(i * cols + j);
    }
  }
  const diag = (k: number): number => {
    const i = (k / cols) | 0;
    return Math.abs((i + 0.5) / rows - (k - i * cols + 0.5) / cols);
  };
  // Between equally strong links, an English content word pairs with a Spanish content word before a function
  // word (`nothing` with `nada`, not with the `no` of `no se hizo nada`).
  const mixed = (k: number): number => {
    const i = (k / cols) | 0;
    return pf.stop[k - i * cols] && !pe.stop[i] && contentBest[i] >= strength[k] ? 1 : 0;
  };
  cand.sort((a, b) => strength[b] - strength[a] || mixed(a) - mixed(b) || diag(a) - diag(b) || a - b);
  const partnerE = new Int32Array(rows).fill(-1);
  const partnerF = new Int32Array(cols).fill(-1);
  for (const k of cand) {
    const i = (k / cols) | 0;
    const j = k - i * cols;
    if (partnerE[i] >= 0 || partnerF[j] >= 0) continue;
    partnerE[i] = j;
    partnerF[j] = i;
  }
  return { pe, pf, bestE, bestF, partnerE, partnerF, via: m.via, cols, strength: m.strength };
}

/**
 * Whether token `k` of one side (`es`: the Spanish span's, else the quote's) is rendered by the other: its one-to-one
 * partner links at `min` or more (a word already rendered by another, as `hard` by the first `dura` of `dura consigo
 * misma y dura con los demás`, does not render a second).
 */
export function renderedByPartner(L: Linked, es: boolean, k: number, min: number): boolean {
  const partner = es ? L.partnerF[k] : L.partnerE[k];
  if (partner < 0) return false;
  return (es ? L.strength[partner * L.cols + k] : L.strength[k * L.cols + partner]) >= min;
}
