import { prepareBridgeSentence, type BridgeSentence } from '../lexicon/prepareBridgeSentence.js';
import { LINK_THRESHOLD, SCORE_PARAMS, scorePrepared } from '../lexicon/scorePrepared.js';
import type { Lang } from '../types.js';
import type { AlignTuning } from './AlignTuning.js';
import type { SentenceScorer } from './SentenceScorer.js';

/** A unit as the bridge scorer sees it: its text, the bridge's prepared form, and rare-feature keys. */
export interface BridgeUnit {
  /** The unit's text (sentences of a merged unit joined with a space). */
  text: string;
  /** The lexicon's prepared sentence. */
  prepared: BridgeSentence;
  /** Feature ids shared by both sides: numbers and cognate forms (for candidate search), once computed. */
  keys: Int32Array | null;
}

/** Cost weights of the parallel aligner that suit the bridge's scale (chosen on Tatoeba train documents only). */
export const BRIDGE_TUNING: Readonly<Partial<AlignTuning>> = Object.freeze({
  skipCost: 3.5,
  similarityWeight: 10,
  lengthWeight: 0.75,
  mergeEvidence: 0.3,
  shapeCost: Object.freeze({ '1-1': 0, '1-2': 1.5, '2-1': 1.5, '2-2': 3, '1-3': 3, '3-1': 3 }) as Record<string, number>,
});

/**
 * Joins prepared sentences without tokenizing again: arrays and typed arrays are concatenated, numbers (totals)
 * added, anything else taken from the first part. {@link concatenationWorks} checks that the prepared form holds
 * only fields it knows to be per token and that joining gives the same scores as preparing the joined text; when
 * not (the prepared form has changed), merged units are prepared from their text again.
 */
function concatPrepared(parts: readonly BridgeSentence[]): BridgeSentence {
  const first = parts[0] as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    const v = first[key];
    const all = parts.map((p) => (p as unknown as Record<string, unknown>)[key]);
    if (Array.isArray(v)) out[key] = ([] as unknown[]).concat(...(all as unknown[][]));
    else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const arrays = all as unknown as Float64Array[];
      const total = arrays.reduce((t, a) => t + a.length, 0);
      const Ctor = (v as unknown as { constructor: new (n: number) => Float64Array }).constructor;
      const joined = new Ctor(total);
      let at = 0;
      for (const a of arrays) {
        joined.set(a, at);
        at += a.length;
      }
      out[key] = joined;
    } else if (typeof v === 'number') out[key] = (all as number[]).reduce((t, x) => t + x, 0);
    else out[key] = v;
  }
  return out as unknown as BridgeSentence;
}

/** Per-token fields (and additive totals) that {@link concatPrepared} knows how to join. */
const JOINABLE = new Set(['lang', 'tokens', 'norms', 'numeric', 'keys', 'ids', 'forms', 'firsts', 'masks', 'hashes', 'stop', 'weight', 'totalWeight', 'chars']);

let concatenationChecked: boolean | undefined;
/** Whether {@link concatPrepared} scores as the joined text does (checked once, on a fixed pair). */
function concatenationWorks(): boolean {
  if (concatenationChecked !== undefined) return concatenationChecked;
  const en1 = 'The minister said 5,000 people came to the square.';
  const en2 = 'They were angry about the new tax on fuel.';
  const es1 = 'El ministro dijo que 5.000 personas acudieron a la plaza.';
  const es2 = 'Estaban enfadados por el nuevo impuesto al combustible.';
  const p = (t: string, l: 'en' | 'es') => prepareBridgeSentence(t, l);
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  // a field that is not per token (an index over the tokens, say) cannot be joined by concatenation
  const fields = [...Object.keys(p(en1, 'en')), ...Object.keys(p(es1, 'es'))];
  concatenationChecked =
    fields.every((f) => JOINABLE.has(f)) &&
    same(scorePrepared(concatPrepared([p(en1, 'en'), p(en2, 'en')]), p(es1, 'es')), scorePrepared(p(`${en1} ${en2}`, 'en'), p(es1, 'es'))) &&
    same(scorePrepared(p(en1, 'en'), concatPrepared([p(es1, 'es'), p(es2, 'es')])), scorePrepared(p(en1, 'en'), p(`${es1} ${es2}`, 'es'))) &&
    same(
      scorePrepared(concatPrepared([p(en1, 'en'), p(en2, 'en')]), concatPrepared([p(es1, 'es'), p(es2, 'es')])),
      scorePrepared(p(`${en1} ${en2}`, 'en'), p(`${es1} ${es2}`, 'es')),
    );
  return concatenationChecked;
}

/**
 * The English–Spanish scorer: {@link scorePrepared} of the lexicon stage (coverage through the shipped lexicon,
 * identical tokens and cognates, blended with IBM Model 1 likelihood), in [0, 1], with the lexicon's calibrated
 * {@link LINK_THRESHOLD}. Sentences merged into one unit are prepared again as one text.
 */
export function createBridgeScorer(): SentenceScorer<BridgeUnit> {
  const vocab = new Map<string, number>();
  const side = (lang: Lang): 'en' | 'es' => (lang === 'es' ? 'es' : 'en');
  const unit = (text: string, lang: 'en' | 'es'): BridgeUnit => {
    return { text, prepared: prepareBridgeSentence(text, lang), keys: null };
  };
  /** Keys (computed on first use): numbers and codes as written, words by their cognate form. */
  const keysOf = (u: BridgeUnit): Int32Array => {
    if (u.keys) return u.keys;
    const { prepared } = u;
    const ks = new Set<number>();
    for (let i = 0; i < prepared.tokens.length; i++) {
      const t = prepared.tokens[i];
      const key = t.kind !== 'word' ? `#${t.norm}` : prepared.forms[i] ? `c${prepared.forms[i]}` : null;
      if (key === null) continue;
      let v = vocab.get(key);
      if (v === undefined) vocab.set(key, (v = vocab.size));
      ks.add(v);
    }
    u.keys = Int32Array.from(ks).sort();
    return u.keys;
  };
  return {
    name: 'bridge',
    linkThreshold: LINK_THRESHOLD,
    lengthRatio: SCORE_PARAMS.esLengthRatio,
    // chosen on documents built from Tatoeba train (npm run eval:align -- --dev)
    tuning: BRIDGE_TUNING,
    prepare(texts: readonly string[], lang: Lang): BridgeUnit[] {
      const l = side(lang);
      return texts.map((t) => unit(t, l));
    },
    merge(parts: readonly BridgeUnit[]): BridgeUnit {
      const text = parts.map((p) => p.text).join(' ');
      if (concatenationWorks()) return { text, prepared: concatPrepared(parts.map((p) => p.prepared)), keys: null };
      return unit(text, parts[0].prepared.lang);
    },
    score(en: BridgeUnit, es: BridgeUnit): number {
      return scorePrepared(en.prepared, es.prepared);
    },
    keys(u: BridgeUnit): ArrayLike<number> {
      return keysOf(u);
    },
  };
}
