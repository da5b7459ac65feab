import type { Bead } from './Alignment.js';
import type { AlignTuning } from './AlignTuning.js';
import { beadTypes } from './beadTypes.js';
import { galeChurchAgreement, galeChurchCost, lengthRatio } from './galeChurch.js';
import { PairCache } from './PairCache.js';
import type { SentenceScorer } from './SentenceScorer.js';

/** One side of an alignment problem, prepared. @internal */
export interface PreparedSide<P> {
  /** Prepared unit of each sentence. */
  units: P[];
  /** Cumulative lengths: `cum[i]` = total length of sentences `0..i-1` (length n + 1). */
  cum: Float64Array;
  /** Paragraph index of each sentence, or null when unknown. */
  paragraph: Int32Array | null;
}

/** Settings of {@link alignParallel}. @internal */
export interface ParallelSettings {
  maxBeadSize: number;
  tuning: AlignTuning;
  /** Full dynamic programming up to this many cells; above it, a band around an anchor path. */
  fullSearchCells: number;
  /** Half width of the band (sentences). */
  bandWidth: number;
  /** Maps a raw similarity and the Gale–Church length agreement to a bead score in [0, 1]. */
  beadScore: (sim: number, lengthAgreement: number) => number;
}

/** Memoized merged units of consecutive sentences, per size. */
class Groups<P> {
  private readonly cache: Map<number, P>[];
  constructor(private readonly units: P[], private readonly scorer: SentenceScorer<P>, max: number) {
    this.cache = Array.from({ length: max + 1 }, () => new Map());
  }
  get(start: number, size: number): P {
    if (size === 1) return this.units[start];
    const c = this.cache[size];
    let u = c.get(start);
    if (u === undefined) {
      u = this.scorer.merge(this.units.slice(start, start + size));
      c.set(start, u);
    }
    return u;
  }
}

function upperBound(arr: Float64Array, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Confident 1-1 anchors for long inputs: for each English sentence, the Spanish sentences near its expected
 * position that share rare features are scored; a clear winner (above the link threshold and ahead of the
 * runner-up) is a candidate, and the longest monotone chain of candidates is kept.
 */
function findAnchors<P>(en: PreparedSide<P>, es: PreparedSide<P>, scorer: SentenceScorer<P>, radius: number): Array<[number, number]> {
  const keysOf = scorer.keys;
  if (!keysOf) return [];
  const n = en.units.length;
  const m = es.units.length;
  const MAX_DF = 8;
  const postings = new Map<number, number[]>();
  for (let j = 0; j < m; j++) {
    const ks = keysOf.call(scorer, es.units[j]);
    for (let t = 0; t < ks.length; t++) {
      const k = ks[t];
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      if (p.length <= MAX_DF) p.push(j);
    }
  }
  const totalEn = en.cum[n] || 1;
  const totalEs = es.cum[m] || 1;
  const counts = new Map<number, number>();
  const cand: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    const mid = (en.cum[i] + en.cum[i + 1]) / 2;
    const expected = upperBound(es.cum, (mid / totalEn) * totalEs) - 1;
    const lo = expected - radius;
    const hi = expected + radius;
    counts.clear();
    const ks = keysOf.call(scorer, en.units[i]);
    for (let t = 0; t < ks.length; t++) {
      const p = postings.get(ks[t]);
      if (!p || p.length > MAX_DF) continue;
      for (const j of p) if (j >= lo && j <= hi) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    let best = -1;
    let bestSim = 0;
    let second = 0;
    for (const j of counts.keys()) {
      const s = scorer.score(en.units[i], es.units[j]);
      if (s > bestSim) {
        second = bestSim;
        bestSim = s;
        best = j;
      } else if (s > second) second = s;
    }
    if (best >= 0 && bestSim >= scorer.linkThreshold && bestSim >= 1.5 * second) cand.push([i, best]);
  }
  // longest strictly increasing chain in j (candidates are already in increasing i, one per i)
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Int32Array(cand.length).fill(-1);
  for (let c = 0; c < cand.length; c++) {
    const j = cand[c][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < j) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = j;
    tailIdx[lo] = c;
    prev[c] = lo > 0 ? tailIdx[lo - 1] : -1;
  }
  const chain: Array<[number, number]> = [];
  for (let c = tails.length ? tailIdx[tails.length - 1] : -1; c >= 0; c = prev[c]) chain.push(cand[c]);
  return chain.reverse();
}

/** Band rows `[lo[i], hi[i]]` (Spanish boundary positions allowed after `i` English sentences). */
function buildBand<P>(en: PreparedSide<P>, es: PreparedSide<P>, anchors: Array<[number, number]>, width: number): { lo: Int32Array; hi: Int32Array } {
  const n = en.units.length;
  const m = es.units.length;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  // anchor (i, j) means sentence i pairs with j: the boundary path passes (i, j) and (i + 1, j + 1)
  const points: Array<[number, number]> = [[0, 0]];
  for (const [i, j] of anchors) {
    const last = points[points.length - 1];
    if (i >= last[0] && j >= last[1] && i + 1 <= n && j + 1 <= m) {
      points.push([i, j]);
      points.push([i + 1, j + 1]);
    }
  }
  const last = points[points.length - 1];
  if (last[0] !== n || last[1] !== m) points.push([n, m]);
  lo.fill(m);
  hi.fill(0);
  // a row may be visited by several segments (a vertical run of Spanish-only sentences): take the union
  const cover = (i: number, from: number, to: number) => {
    lo[i] = Math.min(lo[i], Math.max(0, from - width));
    hi[i] = Math.max(hi[i], Math.min(m, to + width));
  };
  for (let p = 0; p + 1 < points.length; p++) {
    const [ia, ja] = points[p];
    const [ib, jb] = points[p + 1];
    if (ia === ib) {
      cover(ia, ja, jb);
      continue;
    }
    const spanEn = en.cum[ib] - en.cum[ia];
    const spanEs = es.cum[jb] - es.cum[ja];
    let j = ja;
    for (let i = ia; i <= ib; i++) {
      const frac = spanEn > 0 ? (en.cum[i] - en.cum[ia]) / spanEn : (i - ia) / (ib - ia);
      const target = es.cum[ja] + frac * spanEs;
      while (j < jb && es.cum[j + 1] <= target) j++;
      if (spanEs <= 0 && jb > ja) j = Math.round(ja + frac * (jb - ja));
      cover(i, j, j);
    }
  }
  return closeBand(lo, hi, m);
}

/**
 * Band rows of half width `width[i]` around a path given, for each English boundary, as the lowest and highest
 * Spanish positions the path visits in that row.
 */
function bandAround(pathLo: Int32Array, pathHi: Int32Array, m: number, width: Int32Array): { lo: Int32Array; hi: Int32Array } {
  const n = pathLo.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, pathLo[i] - width[i]);
    hi[i] = Math.min(m, pathHi[i] + width[i]);
  }
  return closeBand(lo, hi, m);
}

/**
 * Monotone alignment by dynamic programming over bead shapes (Gale–Church style), restricted to a band around
 * an anchor path when the full search would be too large. Every sentence of both sides ends in exactly one bead.
 * @internal
 */
export function alignParallel<P>(en: PreparedSide<P>, es: PreparedSide<P>, scorer: SentenceScorer<P>, settings: ParallelSettings): Bead[] {
  const n = en.units.length;
  const m = es.units.length;
  const { tuning } = settings;
  const types = beadTypes(settings.maxBeadSize);
  const typeA = types.map((t) => t[0]);
  const typeB = types.map((t) => t[1]);
  const prior = types.map(([a, b]) => (a === 0 || b === 0 ? tuning.skipCost : (tuning.shapeCost[`${a}-${b}`] ?? tuning.otherShapeCost)));
  const totalEn = en.cum[n];
  const totalEs = es.cum[m];
  const ratio = lengthRatio(totalEn, totalEs, n, m, scorer.lengthRatio ?? 1);
  const maxSize = settings.maxBeadSize;
  const gEn = new Groups(en.units, scorer, maxSize);
  const gEs = new Groups(es.units, scorer, maxSize);
  const thr = scorer.linkThreshold > 0 ? scorer.linkThreshold : 0.5;

  const paraEn = en.paragraph;
  const paraEs = es.paragraph;
  const sizeOk = (para: Int32Array | null, start: number, size: number): number =>
    para && size > 1 && para[start] !== para[start + size - 1] ? tuning.paragraphCost : 0;
  // the most a bead's similarity term can subtract (a similarity of 1), for safe early exits
  const minSimCost = tuning.similarityWeight * Math.min(0, 1 - 1 / (2 * thr));

  // 1-1 similarities already computed, across passes
  const simCache = new PairCache(Math.min(n * (2 * settings.bandWidth + 1) + 16, 1 << 22));
  const beadSim = (pi: number, a: number, pj: number, b: number): number => {
    if (a !== 1 || b !== 1) return scorer.score(gEn.get(pi, a), gEs.get(pj, b));
    let v = simCache.get(pi, pj);
    if (v === undefined) {
      v = scorer.score(en.units[pi], es.units[pj]);
      simCache.set(pi, pj, v);
    }
    return v;
  };
  /**
   * Dynamic programming over the band rows [lo[i], hi[i]] with the first `nTypes` bead shapes; `prune` skips merged
   * beads whose sentences lack 1-1 evidence (see `AlignTuning.mergeEvidence`).
   */
  const run = (lo: Int32Array, hi: Int32Array, prune: boolean, nTypes = types.length) => {
    const off = new Float64Array(n + 2);
    for (let i = 0; i <= n; i++) off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
    const cells = off[n + 1];
    const cost = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
    const back = new Uint8Array(cells);
    // similarity of the 1-1 bead ending at each cell (NaN: not computed), for pruning merged beads
    const sim11 = prune ? new Float32Array(cells).fill(Number.NaN) : null;
    const pruneFloor = tuning.mergeEvidence * thr;
    // every sentence of a merged bead must share evidence with some sentence of the other side of the bead
    const seenEs = new Uint8Array(8);
    const evidence = (pi: number, a: number, pj: number, b: number): boolean => {
      seenEs.fill(0, 0, b);
      for (let x = 1; x <= a; x++) {
        const r = pi + x;
        let any = false;
        for (let y = 1; y <= b; y++) {
          const c = pj + y;
          let v = c < lo[r] || c > hi[r] ? Number.NaN : sim11![off[r] + c - lo[r]];
          if (Number.isNaN(v)) v = beadSim(r - 1, 1, c - 1, 1);
          if (v >= pruneFloor) {
            any = true;
            seenEs[y - 1] = 1;
          }
        }
        if (!any) return false;
      }
      for (let y = 0; y < b; y++) if (!seenEs[y]) return false;
      return true;
    };
    cost[0] = 0; // (0, 0): lo[0] is 0
    for (let i = 0; i <= n; i++) {
      const rowLo = lo[i];
      const rowHi = hi[i];
      const rowOff = off[i];
      for (let j = rowLo; j <= rowHi; j++) {
        if (i === 0 && j === 0) continue;
        let best = Number.POSITIVE_INFINITY;
        let bestT = 0;
        for (let t = 0; t < nTypes; t++) {
          const a = typeA[t];
          const b = typeB[t];
          const pi = i - a;
          const pj = j - b;
          if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
          const prevCost = cost[off[pi] + pj - lo[pi]];
          if (prevCost === Number.POSITIVE_INFINITY) continue;
          let c = prevCost + prior[t];
          if (a > 0 && b > 0) {
            if (c + minSimCost >= best) continue;
            const lenEn = en.cum[i] - en.cum[pi];
            const lenEs = es.cum[j] - es.cum[pj];
            c += tuning.lengthWeight * galeChurchCost(lenEn, lenEs, ratio);
            c += sizeOk(paraEn, pi, a) + sizeOk(paraEs, pj, b);
            if (c + minSimCost >= best) continue;
            if (sim11 && (a > 1 || b > 1) && !evidence(pi, a, pj, b)) continue;
            const sim = beadSim(pi, a, pj, b);
            if (sim11 && a === 1 && b === 1) sim11[rowOff + j - rowLo] = sim;
            const s = sim / (2 * thr);
            // dissimilarity grows with the amount of text in the bead; confidence above the threshold is a bonus
            // per bead (not per sentence), so merging confident neighbours never earns more than keeping them apart
            c += tuning.similarityWeight * (s < 1 ? ((1 - s) * (a + b)) / 2 : 1 - s);
          } else if (c >= best) continue;
          if (c < best) {
            best = c;
            bestT = t;
          }
        }
        const idx = rowOff + j - rowLo;
        cost[idx] = best;
        back[idx] = bestT;
      }
    }
    return { off, back };
  };

  let lo: Int32Array;
  let hi: Int32Array;
  const full = (n + 1) * (m + 1) <= settings.fullSearchCells;
  if (full) {
    lo = new Int32Array(n + 1);
    hi = new Int32Array(n + 1).fill(m);
  } else {
    const radius = Math.max(4 * settings.bandWidth, Math.ceil(0.02 * Math.max(n, m)), Math.abs(n - m));
    const anchors = findAnchors(en, es, scorer, radius);
    ({ lo, hi } = buildBand(en, es, anchors, settings.bandWidth));
  }
  let off: Float64Array;
  let back: Uint8Array;
  /** The best path's Spanish positions per English boundary (lowest, highest), and the rows where it meets the band's edge. */
  const pathOf = (): { pathLo: Int32Array; pathHi: Int32Array; touched: number[] } => {
    const pathLo = new Int32Array(n + 1).fill(-1);
    const pathHi = new Int32Array(n + 1).fill(-1);
    const touched: number[] = [];
    for (let i = n, j = m; ; ) {
      if (pathHi[i] < 0) pathHi[i] = j;
      pathLo[i] = j;
      if ((j === lo[i] && lo[i] > 0) || (j === hi[i] && hi[i] < m)) touched.push(i);
      if (i === 0 && j === 0) break;
      const t = back[off[i] + j - lo[i]];
      // rows passed over inside a bead of several English sentences take the bead's start
      for (let r = i - 1; r > i - typeA[t]; r--) pathLo[r] = pathHi[r] = j - typeB[t];
      i -= typeA[t];
      j -= typeB[t];
    }
    return { pathLo, pathHi, touched };
  };
  const prune = tuning.mergeEvidence > 0;
  if (full) ({ off, back } = run(lo, hi, prune));
  else {
    // long input: a quick pass with 1-1, 1-0 and 0-1 beads only finds the path; every bead shape is then
    // searched in a narrow band around it (re-centred and widened while the path runs along the band's edge)
    ({ off, back } = run(lo, hi, prune, prune ? 3 : types.length));
    const narrow = Math.max(3, Math.ceil(settings.bandWidth / 2));
    const widths = new Int32Array(n + 1).fill(narrow);
    for (let pass = 0; pass <= 3; pass++) {
      const { pathLo, pathHi, touched } = pathOf();
      if (pass > 0 && touched.length === 0) break;
      // where the path ran along the band's edge, widen the band (4×) in a neighbourhood of those rows
      const before = widths.slice();
      for (const r of touched) {
        const w = Math.min(before[r] * 4, n + m + 1);
        for (let x = Math.max(0, r - 2 * w); x <= Math.min(n, r + 2 * w); x++) if (widths[x] < w) widths[x] = w;
      }
      ({ lo, hi } = bandAround(pathLo, pathHi, m, widths));
      ({ off, back } = run(lo, hi, prune));
    }
  }

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const t = back[off[i] + j - lo[i]];
    const a = typeA[t];
    const b = typeB[t];
    const pi = i - a;
    const pj = j - b;
    let score = 0;
    if (a > 0 && b > 0) {
      const sim = beadSim(pi, a, pj, b);
      score = settings.beadScore(sim, galeChurchAgreement(en.cum[i] - en.cum[pi], es.cum[j] - es.cum[pj], ratio));
    }
    beads.push({
      en: Array.from({ length: a }, (_, k) => pi + k),
      es: Array.from({ length: b }, (_, k) => pj + k),
      score,
    });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}

/**
 * Makes band rows `[lo[i], hi[i]]` a searchable band from (0, 0) to (n, m): both edges monotone, and each row
 * overlapping the previous one (connectivity), so a path through the band always exists.
 */
function closeBand(lo: Int32Array, hi: Int32Array, m: number): { lo: Int32Array; hi: Int32Array } {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1];
  for (let i = n - 1; i >= 0; i--) if (hi[i] > hi[i + 1]) hi[i] = hi[i + 1];
  for (let i = 1; i <= n; i++) if (lo[i] > hi[i - 1]) hi[i - 1] = lo[i];
  for (let i = n - 1; i >= 0; i--) if (hi[i] < lo[i]) hi[i] = lo[i];
  return { lo, hi };
}
