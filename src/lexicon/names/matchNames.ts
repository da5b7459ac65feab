import { compareNames, type NameComparison } from './compareNames.js';
import { type NameMention } from './NameMention.js';

/** The result of {@link matchNames}. */
export interface NameMatch {
  /** English and Spanish mentions of the same name, with the verdict (`same`, or `diacritics` when only accents differ). */
  pairs: { en: NameMention; es: NameMention; verdict: Exclude<NameComparison, 'different'> }[];
  /** Plausible counterparts that name different things: an English name with no Spanish match, paired with a
   * Spanish name with no English match (same kind, most similar spelling, nearest position): `Quiñonez` / `Quiñones`,
   * `Cartagena` / `Malambo`. */
  mismatched: [NameMention, NameMention][];
  /** English mentions with no counterpart. */
  onlyEn: NameMention[];
  /** Spanish mentions with no counterpart. */
  onlyEs: NameMention[];
}

/** A one-word mention that opens a sentence may be an ordinary word: it is paired but never reported. */
function doubtful(m: NameMention): boolean {
  return m.sentenceInitial && m.kind === 'name' && !/\s/.test(m.text);
}

/** Most English × Spanish comparisons {@link matchNames} makes before it pairs identical keys only. */
const MAX_PAIRWISE = 250_000;

/** Similarity of two keys in [0, 1]: 1 − edit distance / longer length (keys cut at 40 characters). */
export function nameSimilarity(a: string, b: string): number {
  const x = a.slice(0, 40);
  const y = b.slice(0, 40);
  if (x === y) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}

/**
 * Pairs the name mentions of an English text with those of its Spanish source. Every English mention that
 * {@link compareNames} finds the same as some Spanish mention (or differing only in accents) is paired with it;
 * a Spanish mention may match several English ones (a name repeated, or `Petro` after `Gustavo Petro`). Then the
 * English mentions left over are paired with Spanish ones left over, of the same kind, preferring the most similar
 * spelling and nearest relative position, as `mismatched`: the likely substitutions. One-word mentions that open a
 * sentence take part in pairing but are never reported as mismatched or `onlyEn`/`onlyEs` (they may be ordinary
 * words).
 * Meant for sentence- or paragraph-sized inputs: past 250,000 comparisons (500 mentions a side), only identical
 * keys are paired and nothing is reported as mismatched.
 *
 * @example
 * ```ts
 * const m = matchNames(extractNames('in Escuintla and Mazatenango'), extractNames('en Escuintla y Retalhuleu'));
 * m.mismatched.map(([a, b]) => [a.text, b.text]); // [['Mazatenango', 'Retalhuleu']]
 * ```
 */
export function matchNames(en: readonly NameMention[], es: readonly NameMention[]): NameMatch {
  const pairs: NameMatch['pairs'] = [];
  const usedEs = new Uint8Array(es.length);
  const leftEn: number[] = [];
  // Pairwise comparison is quadratic: past MAX_PAIRWISE comparisons only identical keys pair up.
  const pairwise = en.length * es.length <= MAX_PAIRWISE;
  const byKey = new Map<string, number>();
  es.forEach((m, j) => {
    if (!byKey.has(m.key)) byKey.set(m.key, j);
  });
  for (let i = 0; i < en.length; i++) {
    let best: { j: number; verdict: Exclude<NameComparison, 'different'> } | undefined;
    const exact = byKey.get(en[i].key);
    if (exact !== undefined) {
      const v = compareNames(en[i].text, es[exact].text);
      if (v !== 'different') best = { j: exact, verdict: v };
    }
    for (let j = 0; pairwise && best === undefined && j < es.length; j++) {
      const v = compareNames(en[i].text, es[j].text);
      if (v !== 'different') best = { j, verdict: v };
    }
    if (best && best.verdict === 'diacritics' && pairwise) {
      // prefer a Spanish mention that is the same outright
      for (let j = 0; j < es.length; j++) {
        if (compareNames(en[i].text, es[j].text) === 'same') {
          best = { j, verdict: 'same' };
          break;
        }
      }
    }
    if (best) {
      usedEs[best.j] = 1;
      pairs.push({ en: en[i], es: es[best.j], verdict: best.verdict });
    } else leftEn.push(i);
  }
  const leftEs = es.map((_, j) => j).filter((j) => !usedEs[j]);
  const mismatched: [NameMention, NameMention][] = [];
  const takenEn = new Set<number>();
  const takenEs = new Set<number>();
  for (const i of leftEn) {
    if (doubtful(en[i]) || !pairwise) continue;
    let best = -1;
    let bestScore = -Infinity;
    for (const j of leftEs) {
      if (takenEs.has(j) || doubtful(es[j])) continue;
      const kindA = en[i].kind === 'acronym' ? 'acronym' : en[i].kind;
      const kindB = es[j].kind === 'acronym' ? 'acronym' : es[j].kind;
      if (kindA !== kindB) continue;
      const pos = Math.abs(i / Math.max(1, en.length) - j / Math.max(1, es.length));
      const score = nameSimilarity(en[i].key, es[j].key) - 0.5 * pos;
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best >= 0) {
      takenEn.add(i);
      takenEs.add(best);
      mismatched.push([en[i], es[best]]);
    }
  }
  return {
    pairs,
    mismatched,
    onlyEn: leftEn.filter((i) => !takenEn.has(i) && !doubtful(en[i])).map((i) => en[i]),
    onlyEs: leftEs.filter((j) => !takenEs.has(j) && !doubtful(es[j])).map((j) => es[j]),
  };
}
