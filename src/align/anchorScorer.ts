import type { Lang } from '../types.js';
import type { SentenceScorer } from './SentenceScorer.js';

/** A sentence as the anchor scorer sees it: sorted feature ids with their weights. */
export interface AnchorUnit {
  /** Feature ids, ascending, unique. */
  keys: Int32Array;
  /** Weight of each feature (same order as `keys`). */
  weights: Float64Array;
  /** Sum of `weights`. */
  total: number;
}

/** Options of {@link createAnchorScorer}. */
export interface AnchorScorerOptions {
  /** Words are compared on their first `prefixLength` letters (accents folded), a cheap cognate test. */
  prefixLength: number;
  /** Words shorter than this (not numbers) are ignored: mostly function words that match by accident. */
  minWordLength: number;
  /** Extra feature weight factor for a capitalized word inside the sentence (a likely name), matched in full. */
  nameWeight: number;
  /** Link threshold of the scorer (calibrated on dev data only; see docs/evaluation/align.md). */
  linkThreshold: number;
}

/**
 * Defaults of {@link createAnchorScorer}, chosen on Text+Berg `dev` and Tatoeba `train` only.
 */
export const DEFAULT_ANCHOR_SCORER_OPTIONS: Readonly<AnchorScorerOptions> = Object.freeze({
  prefixLength: 5,
  minWordLength: 3,
  nameWeight: 1,
  linkThreshold: 0.2,
});

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+|[?!%:;()«»“”"¿¡]/gu;
const MARKS = /\p{M}/gu;

/** Folds case and accents: `Ñandú` → `nandu`. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  // ASCII fast path
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '');
}

/**
 * The language-independent scorer: sentences share evidence when they share numbers (separators ignored, so
 * `5,000` = `5.000`), names (capitalized words inside a sentence, in full), words with a common prefix (cognates:
 * `presidente`/`president`, `Expedition`/`expédition`) and marked punctuation (`?`, `!`, `%`, `:`, `;`, quotes,
 * parentheses). Features are weighted by their inverse document frequency on each side, and the similarity is the
 * weighted Dice coefficient of the two feature sets. Works for any pair of languages written with letters and
 * digits; it knows no vocabulary, so translated words that are not cognates give no evidence.
 */
export function createAnchorScorer(options: Partial<AnchorScorerOptions> = {}): SentenceScorer<AnchorUnit> {
  const opts = { ...DEFAULT_ANCHOR_SCORER_OPTIONS, ...options };
  const vocab = new Map<string, number>();
  const foldCache = new Map<string, string>();
  const id = (key: string): number => {
    let v = vocab.get(key);
    if (v === undefined) {
      v = vocab.size;
      vocab.set(key, v);
    }
    return v;
  };
  const features = (text: string): Map<number, number> => {
    const out = new Map<number, number>(); // id -> weight factor
    let first = true;
    for (const m of text.matchAll(TOKEN)) {
      const tok = m[0];
      const c = tok.charCodeAt(0);
      if (tok.length === 1 && !/[\p{L}\p{N}]/u.test(tok)) {
        const mark = tok === '¿' ? '?' : tok === '¡' ? '!' : '«»“”"'.includes(tok) ? '"' : tok === ')' ? '(' : tok;
        out.set(id(`\u0001${mark}`), 1);
        continue;
      }
      if (c >= 48 && c <= 57 || /^\p{N}/u.test(tok)) {
        const digits = tok.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
        out.set(id(`#${digits}`), 1);
        first = false;
        continue;
      }
      let f = foldCache.get(tok);
      if (f === undefined) {
        f = fold(tok);
        if (foldCache.size < 200_000) foldCache.set(tok, f);
      }
      const isName = !first && tok.length >= 2 && tok[0] !== tok[0].toLowerCase();
      first = false;
      if (isName && opts.nameWeight > 0) out.set(id(`N${f}`), opts.nameWeight);
      if (f.length < opts.minWordLength) continue;
      out.set(id(f.length > opts.prefixLength ? f.slice(0, opts.prefixLength) : f), 1);
    }
    return out;
  };
  return {
    name: 'anchors',
    linkThreshold: opts.linkThreshold,
    prepare(texts: readonly string[], _lang: Lang): AnchorUnit[] {
      const feats = texts.map(features);
      const df = new Map<number, number>();
      for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      const n = texts.length;
      return feats.map((f) => {
        const keys = Int32Array.from(f.keys()).sort();
        const weights = new Float64Array(keys.length);
        let total = 0;
        for (let i = 0; i < keys.length; i++) {
          const w = f.get(keys[i])! * Math.log(1 + n / df.get(keys[i])!);
          weights[i] = w;
          total += w;
        }
        return { keys, weights, total };
      });
    },
    merge(parts: readonly AnchorUnit[]): AnchorUnit {
      const acc = new Map<number, number>();
      for (const p of parts) for (let i = 0; i < p.keys.length; i++) acc.set(p.keys[i], Math.max(acc.get(p.keys[i]) ?? 0, p.weights[i]));
      const keys = Int32Array.from(acc.keys()).sort();
      const weights = new Float64Array(keys.length);
      let total = 0;
      for (let i = 0; i < keys.length; i++) {
        weights[i] = acc.get(keys[i])!;
        total += weights[i];
      }
      return { keys, weights, total };
    },
    score(a: AnchorUnit, b: AnchorUnit): number {
      const denom = a.total + b.total;
      if (denom <= 0) return 0;
      const ka = a.keys;
      const kb = b.keys;
      let i = 0;
      let j = 0;
      let shared = 0;
      while (i < ka.length && j < kb.length) {
        const x = ka[i];
        const y = kb[j];
        if (x === y) {
          shared += a.weights[i] + b.weights[j];
          i++;
          j++;
        } else if (x < y) i++;
        else j++;
      }
      return shared / denom;
    },
    keys(unit: AnchorUnit): ArrayLike<number> {
      return unit.keys;
    },
  };
}
