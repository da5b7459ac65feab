/**
 * A tiny, self-contained language guesser over scanned tokens, used to read ambiguous forms
 * (`1.500`, `sin`) by the language around them.
 * @module
 */
import { type TokenList } from './scanTokens.js';

/** The language a value/name/negation finder reads text in: `auto` guesses it around each match. */
export type LexLang = 'en' | 'es' | 'auto';

const ES_WORDS = new Set(
  ('el la los las de del que y en un una por con para es se su al lo como más mas pero sus le ya o fue este ha sí ' +
    'porque esta son entre cuando muy sobre también me hasta hay donde quien desde todo nos durante todos uno les ni ' +
    'contra otros ese eso ante ellos esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho ' +
    'quienes nada muchos cual poco ella estar estas algunas algo nosotros dijo millones está están según sido han ' +
    'había tiene tienen hacia sea ser nunca también gobierno presidente año años dólares euros por ciento mil')
    .split(' ')
    .filter((w) => w !== 'me'),
);

const EN_WORDS = new Set(
  ('the of and to in is that for it with was on be at by this had not are but from or have an they which you were ' +
    'her his all she there would their we him been has when who will more if out so said what up its about into than ' +
    'them can only other new some could these two may then do first any my now such like our over even most made ' +
    'after also did many before must through years where much your way well down should because each just those ' +
    'people how too very still own see get here between both being under never day same another know while last ' +
    'might us year off since against president government million billion percent dollars thousand')
    .split(' '),
);

const EMPTY = new Int32Array(1);

/** Per-token language evidence with prefix sums, so the language around any token is answered in O(1). */
export interface LangContext {
  /** Language forced by the caller, or `undefined` when guessing. */
  forced?: 'en' | 'es';
  /** Prefix sums of Spanish-only function words (`es[k]` = hits among tokens `[0, k)`). */
  es: Int32Array;
  /** Prefix sums of English-only function words. */
  en: Int32Array;
  /** The guess over the whole text (`und` on a tie). */
  global: 'en' | 'es' | 'und';
}

/** Builds the language evidence for `tokens` (or records the forced language). */
export function buildLangContext(tokens: TokenList, lang: LexLang): LangContext {
  if (lang !== 'auto') return { forced: lang, es: EMPTY, en: EMPTY, global: lang };
  const es = new Int32Array(tokens.length + 1);
  const en = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) {
    let e = 0;
    let g = 0;
    if (tokens.kind(k) === 'word' && tokens.end(k) - tokens.start(k) <= 12) {
      const w = tokens.text(k).toLowerCase();
      if (ES_WORDS.has(w)) e = 1;
      else if (EN_WORDS.has(w)) g = 1;
    }
    es[k + 1] = es[k] + e;
    en[k + 1] = en[k] + g;
  }
  const total = tokens.length;
  const global = es[total] > en[total] ? 'es' : en[total] > es[total] ? 'en' : 'und';
  return { forced: lang === 'auto' ? undefined : lang, es, en, global };
}

/**
 * The language around token index `k`: the forced one, else the majority of function words within
 * `window` tokens either side, else the whole text's majority, else `und`.
 */
export function langAt(ctx: LangContext, k: number, window = 12): 'en' | 'es' | 'und' {
  if (ctx.forced) return ctx.forced;
  const n = ctx.es.length - 1;
  const a = Math.max(0, k - window);
  const b = Math.min(n, k + window + 1);
  const e = ctx.es[b] - ctx.es[a];
  const g = ctx.en[b] - ctx.en[a];
  if (e > g) return 'es';
  if (g > e) return 'en';
  return ctx.global;
}
