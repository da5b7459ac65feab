import type { Bead } from './Alignment.js';
import type { PreparedSide } from './alignParallel.js';
import { galeChurchAgreement, lengthRatio } from './galeChurch.js';
import type { SentenceScorer } from './SentenceScorer.js';

/** Settings of {@link alignComparable}. @internal */
export interface ComparableSettings {
  maxBeadSize: number;
  /** Similarity from which a pair is linked. */
  linkThreshold: number;
  /** Score every pair up to this many pairs; above it, candidates come from shared rare features. */
  fullSearchCells: number;
  beadScore: (sim: number, lengthAgreement: number) => number;
}

/**
 * Sparse, non-monotone linking: each English sentence is paired with its most similar Spanish sentence when the
 * similarity reaches the link threshold, then extended to neighbouring Spanish sentences while the merged unit
 * is more similar (an English sentence that renders two Spanish ones). Unlinked English sentences get a bead
 * with no Spanish side. @internal
 */
export function alignComparable<P>(en: PreparedSide<P>, es: PreparedSide<P>, scorer: SentenceScorer<P>, settings: ComparableSettings): Bead[] {
  const n = en.units.length;
  const m = es.units.length;
  const totalEn = en.cum[n];
  const totalEs = es.cum[m];
  const ratio = lengthRatio(totalEn, totalEs, n, m, scorer.lengthRatio ?? 1);
  const full = n * m <= settings.fullSearchCells || !scorer.keys;
  let postings: Map<number, number[]> | null = null;
  const MAX_DF = 50;
  if (!full) {
    postings = new Map();
    for (let j = 0; j < m; j++) {
      const ks = scorer.keys!(es.units[j]);
      for (let t = 0; t < ks.length; t++) {
        let p = postings.get(ks[t]);
        if (!p) postings.set(ks[t], (p = []));
        if (p.length <= MAX_DF) p.push(j);
      }
    }
  }
  const merged = new Map<string, P>();
  const unit = (start: number, size: number): P => {
    if (size === 1) return es.units[start];
    const key = `${start}:${size}`;
    let u = merged.get(key);
    if (u === undefined) {
      u = scorer.merge(es.units.slice(start, start + size));
      merged.set(key, u);
    }
    return u;
  };
  const beads: Bead[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const u = en.units[i];
    let best = -1;
    let bestSim = 0;
    if (full) {
      // with no feature index, very long inputs are searched in a window around the expected position
      const window = n * m <= settings.fullSearchCells ? m : Math.max(200, Math.ceil(settings.fullSearchCells / Math.max(1, n)));
      const mid = totalEn > 0 ? ((en.cum[i] + en.cum[i + 1]) / 2 / totalEn) * m : (i / Math.max(1, n)) * m;
      const from = Math.max(0, Math.min(m - window, Math.round(mid - window / 2)));
      const to = Math.min(m, from + window);
      for (let j = from; j < to; j++) {
        const s = scorer.score(u, es.units[j]);
        if (s > bestSim) {
          bestSim = s;
          best = j;
        }
      }
    } else {
      seen.clear();
      const ks = scorer.keys!(u);
      for (let t = 0; t < ks.length; t++) {
        const p = postings!.get(ks[t]);
        if (!p || p.length > MAX_DF) continue;
        for (const j of p) {
          if (seen.has(j)) continue;
          seen.add(j);
          const s = scorer.score(u, es.units[j]);
          if (s > bestSim) {
            bestSim = s;
            best = j;
          }
        }
      }
    }
    if (best < 0 || bestSim < settings.linkThreshold) {
      beads.push({ en: [i], es: [], score: 0 });
      continue;
    }
    let start = best;
    let size = 1;
    let sim = bestSim;
    while (size < settings.maxBeadSize) {
      const left = start > 0 ? scorer.score(u, unit(start - 1, size + 1)) : -1;
      const right = start + size < m ? scorer.score(u, unit(start, size + 1)) : -1;
      if (left <= sim && right <= sim) break;
      if (left > right) {
        start--;
        sim = left;
      } else sim = right;
      size++;
    }
    const lenEs = es.cum[start + size] - es.cum[start];
    beads.push({
      en: [i],
      es: Array.from({ length: size }, (_, k) => start + k),
      score: settings.beadScore(sim, galeChurchAgreement(en.cum[i + 1] - en.cum[i], lenEs, ratio)),
    });
  }
  return beads;
}
