/**
 * A sentence prepared once for many lexical comparisons.
 * @module
 */
import { assertOneOf, assertText } from '../CotejoError.js';
import { cognateForm } from './cognateScore.js';
import { getLexicon } from './Lexicon.js';
import { lexiconKey } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * A sentence (or span) tokenized and looked up once, so that scoring it against many candidates
 * with {@link scorePrepared} is cheap. Create it with {@link prepareBridgeSentence}; treat the
 * fields as read-only. It holds typed arrays, so it is not meant to be serialized.
 */
export interface BridgeSentence {
  /** The language the sentence was prepared as. */
  readonly lang: 'en' | 'es';
  /** The tokens, with offsets into the prepared text. */
  readonly tokens: readonly Token[];
  /** Each token's folded form (`tokens[i].norm`), kept apart so hot loops never touch the token objects. */
  readonly norms: readonly string[];
  /** 1 for numbers and codes (`tokens[i].kind !== 'word'`), else 0. */
  readonly numeric: Uint8Array;
  /** Lexicon key of each token (light stem truncated, see {@link lexiconKey}). */
  readonly keys: readonly string[];
  /** Lexicon id of each token's key in its language, or -1 when the lexicon lacks it. */
  readonly ids: Int32Array;
  /** Cognate comparison form of each token (see {@link cognateForm}); `''` for short words, numbers and codes. */
  readonly forms: readonly string[];
  /** First character code of each cognate form, or -1 when the token has none. */
  readonly firsts: Int32Array;
  /** Letter-set bit mask of each cognate form (a fast pre-check for cognates; 0 when no form). */
  readonly masks: Int32Array;
  /** 32-bit hash of each token's folded form (a fast pre-check for identical tokens). */
  readonly hashes: Int32Array;
  /** 1 for stop words (function words), else 0. */
  readonly stop: Uint8Array;
  /** Weight of each token in coverage: content words 1, numbers and codes 1.5, stop words 0.2. */
  readonly weight: Float32Array;
  /** Sum of `weight`. */
  readonly totalWeight: number;
  /** Number of letters and digits in the tokens (for the length ratio). */
  readonly chars: number;
}

/** Weight of a stop word in coverage, relative to a content word (1). */
const STOP_WEIGHT = 0.2;
/** Weight of a number or code (numbers and identifiers carry much of a news sentence's meaning). */
const NUMBER_WEIGHT = 1.5;

/** What a folded word resolves to, memoized per language (bounded). */
interface WordInfo {
  key: string;
  id: number;
  form: string;
  stop: boolean;
  hash: number;
  mask: number;
}
const MEMO_LIMIT = 100_000;
const memo: Record<'en' | 'es', Map<string, WordInfo>> = { en: new Map(), es: new Map() };

function wordInfo(norm: string, kind: Token['kind'], lang: 'en' | 'es', vocab: ReadonlyMap<string, number>): WordInfo {
  const cache = memo[lang];
  const cacheKey = kind === 'word' ? norm : `\u0000${norm}`;
  let info = cache.get(cacheKey);
  if (info) return info;
  const key = lexiconKey(norm, lang);
  const id = vocab.get(key);
  const stop = kind === 'word' && isStopword(norm, lang);
  let hash = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) hash = Math.imul(hash ^ norm.charCodeAt(i), 0x01000193);
  const form = kind === 'word' && !stop && norm.length >= 4 ? cognateForm(norm, lang) : '';
  info = { key, id: id === undefined ? -1 : id, stop, hash: hash | 0, form, mask: letterMask(form) };
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(cacheKey, info);
  return info;
}

/** Bit i set when the letter `a` + i (or, folded into bit 26–31, another character) occurs. */
function letterMask(form: string): number {
  let m = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i) - 97;
    m |= 1 << (c >= 0 && c < 26 ? c : 26 + ((c + 97) % 6));
  }
  return m;
}

/**
 * Tokenizes `text` as `lang` and looks its words up in the shipped lexicon (parsed on first use).
 * Never throws on odd text; throws `CotejoError` if `text` is not a string or `lang` is not `'en'`/`'es'`.
 *
 * @example
 * ```ts
 * const en = prepareBridgeSentence('The docks were closed.', 'en');
 * const es = prepareBridgeSentence('Los muelles estaban cerrados.', 'es');
 * scorePrepared(en, es) > LINK_THRESHOLD; // true
 * ```
 */
export function prepareBridgeSentence(text: string, lang: 'en' | 'es'): BridgeSentence {
  assertText(text);
  assertOneOf(lang, ['en', 'es'] as const, 'lang');
  const tokens = tokenize(text, { lang });
  const lex = getLexicon();
  const vocab = lang === 'en' ? lex.enIds : lex.esIds;
  const n = tokens.length;
  const keys: string[] = new Array(n);
  const forms: string[] = new Array(n);
  const norms: string[] = new Array(n);
  const numeric = new Uint8Array(n);
  const ids = new Int32Array(n);
  const stop = new Uint8Array(n);
  const hashes = new Int32Array(n);
  const masks = new Int32Array(n);
  const firsts = new Int32Array(n);
  const weight = new Float32Array(n);
  let total = 0;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const info = wordInfo(t.norm, t.kind, lang, vocab);
    norms[i] = t.norm;
    numeric[i] = t.kind === 'word' ? 0 : 1;
    keys[i] = info.key;
    ids[i] = info.id;
    const sw = info.stop;
    stop[i] = sw ? 1 : 0;
    forms[i] = info.form;
    hashes[i] = info.hash;
    masks[i] = info.mask;
    firsts[i] = info.form ? info.form.charCodeAt(0) : -1;
    const w = sw ? STOP_WEIGHT : t.kind === 'word' ? 1 : NUMBER_WEIGHT;
    weight[i] = w;
    total += w;
    chars += t.end - t.start;
  }
  return { lang, tokens, norms, numeric, keys, ids, forms, firsts, masks, hashes, stop, weight, totalWeight: total, chars };
}
