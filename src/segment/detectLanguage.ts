/**
 * A small, offline English/Spanish language identifier for single sentences.
 *
 * It scores function words (articles, prepositions, pronouns, auxiliaries: the most frequent and most
 * language-specific words), Spanish-only punctuation and letters (`¿ ¡ ñ`, accented vowels in lower-case
 * words) and a few spelling patterns (`-ing`, `-tion`, `th`, `w`, `-mente`, `-ción`). Capitalized words
 * that are not sentence-initial are treated as names and contribute only through the function-word lists,
 * so English text full of Spanish names (`Casa de Nariño`) stays English.
 * @module
 */
import type { Lang } from '../types.js';
import { CotejoError, assertNumberInRange, assertText } from '../CotejoError.js';

/** The result of {@link detectLanguage}. */
export interface LanguageGuess {
  /** `'en'`, `'es'`, or `'und'` when the evidence is too weak or too balanced. */
  lang: Lang;
  /** From 0 (no evidence) to 1 (all evidence for one language, and plenty of it). */
  confidence: number;
  /** The raw evidence scores for each language (for debugging and custom thresholds). */
  scores: { en: number; es: number };
}

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** Below this confidence the answer is `'und'` (0 to 1). */
  minConfidence?: number;
}

/** Defaults of {@link DetectLanguageOptions}. */
export const DEFAULT_DETECT_LANGUAGE_OPTIONS: Required<DetectLanguageOptions> = Object.freeze({
  minConfidence: 0.2,
});

const EN_WORDS = new Set(
  (
    "the of and to is in that it was for on are with as at be this have from or by not but what all were we when your " +
    'can said there an each which she do how their if will up other about out many then them these so some her would ' +
    'make like him into time has look two more write go see number way could people my than first been call who its ' +
    'now find long down day did get made may part over new after also back any only our very just where most know ' +
    'take year years good well because through much before must those think here why both between being own under ' +
    'never while same another went again off should few still last great small thing things does doing done every ' +
    'something nothing anything everything himself herself myself yourself themselves itself am let says say told ' +
    'you i they them us our ours his hers yours theirs whom whose would shall might could been having got getting ' +
    'want wants wanted need needs know knew think thought tell asked ask going come comes came give gave like liked ' +
    'there’s it’s don’t can’t isn’t didn’t doesn’t won’t that’s i’m ' +
    "isn't don't didn't doesn't won't can't couldn't wouldn't i'm it's that's he's she's they're we're you're " +
    "i've you've we've they've i'll you'll he'll she'll we'll they'll i'd you'd he'd she'd we'd they'd let's " +
    "there's what's here's who's wasn't weren't aren't haven't hasn't hadn't shouldn't " +
    'yes hello please thank thanks sorry morning night today tomorrow yesterday always sometimes often usually ' +
    'already really quite too enough such though although whether until since during against among without within ' +
    'everyone someone anyone nobody everybody somebody anybody house home work school book money father mother ' +
    'friend friends car dog cat water room door family children child man men woman women boy girl help happy'
  ).split(/\s+/),
);

const ES_WORDS = new Set(
  (
    'de la que el en y los del se las por un para con una su al lo como más pero sus le ya o fue este ha sí porque ' +
    'esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno les ni contra ' +
    'otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes ' +
    'nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas vosotros es está ' +
    'están estoy estás estaba estaban era eres soy somos fueron ser hace hacer tiene tengo tienes tenemos tienen ' +
    'puede puedo puedes pueden quiero quiere quieres dijo dice va voy vas vamos van bien aquí ahora así ayer hoy ' +
    'siempre nunca tampoco después usted ustedes cómo cuándo dónde quién cuál cuáles gracias años año casa día días ' +
    'hola señor señora sido había han hemos debe debería deberías sea son del esos esas aquel aquella cuánto cuántos ' +
    'mañana noche tarde mucha muchas pocos poca todas toda nuestro nuestra nuestros vuestro suyo suya mío mía tuyo ' +
    'tuya conmigo contigo sí también aún todavía luego entonces mientras aunque según tras hacia sino pues solo sólo ' +
    'ir tener decir saber creo sé sabe sabes hay haber hizo hice tuvo estuvo vez veces cosa cosas tiempo hombre mujer ' +
    'niño niños padre madre amigo amigos perro gato agua libro dinero trabajo escuela quería quiso podría puedes ' +
    'estaré estará será serán sería estamos estáis habla hablar mejor peor nadie alguien algún ningún ninguna cada ' +
    'el la las los les lo una unas unos del al era fue dijeron según sin embargo'
  ).split(/\s+/),
);

// Words in both lists (or frequent in both languages) are dropped from both.
for (const w of ['a', 'no', 'me', 'he', 'son', 'has', 'come', 'ten', 'once', 'real', 'pie', 'red', 'con', 'solo']) {
  EN_WORDS.delete(w);
  ES_WORDS.delete(w);
}
ES_WORDS.add('con');
ES_WORDS.add('solo');

const ES_ACCENT = /[áéíóúüñ]/;
const EN_APOSTROPHE = /['’](s|t|m|re|ll|ve|d)$/;

/** Whether the word at `i` follows a sentence start mark (`. ? ! ¿ ¡ : " “ «`) and spaces. */
function followsSentenceStart(s: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 10)) p--;
  if (p < 0) return true;
  const c = s.charCodeAt(p);
  return c === 46 || c === 33 || c === 63 || c === 0xbf || c === 0xa1 || c === 58 || c === 34 || c === 0x201c || c === 0xab;
}

/** Scores one lower-case word for spelling patterns; `name` words (capitalized mid-sentence) are skipped. */
function spellingScore(w: string, scores: { en: number; es: number }): void {
  const n = w.length;
  let accent = false;
  for (let i = 0; i < n && !accent; i++) accent = w.charCodeAt(i) > 127 && ES_ACCENT.test(w[i]);
  if (accent) scores.es += 1;
  if (n > 1 && (w.includes("'") || w.includes('’')) && EN_APOSTROPHE.test(w)) scores.en += 1;
  if (n > 4 && w.endsWith('ing')) scores.en += 1;
  if (w.endsWith('tion') || w.endsWith('tions')) scores.en += 1;
  if (n > 6 && w.endsWith('mente')) scores.es += 1;
  if (w.includes('th') || w.includes('w') || w.includes('sh')) scores.en += 0.5;
  if (w.includes('k') || w.includes('ee') || w.includes('oo')) scores.en += 0.4;
  if (n > 3 && w.endsWith('ly')) scores.en += 0.5;
  const last = w.charCodeAt(n - 1);
  // -ado(s), -ada(s), -ido(s), -ida(s)
  const stem = last === 115 ? n - 1 : n;
  const v = w.charCodeAt(stem - 1);
  if (n > 4 && (v === 111 || v === 97) && w.charCodeAt(stem - 2) === 100 && (w.charCodeAt(stem - 3) === 97 || w.charCodeAt(stem - 3) === 105)) {
    scores.es += 0.5;
  }
  if (n > 3 && last === 115 && isVowel(w.charCodeAt(n - 2)) && w.charCodeAt(n - 2) !== 101) scores.es += 0.2;
  if (n > 3 && (last === 97 || last === 101 || last === 111) && !isVowel(w.charCodeAt(n - 2)) && w.charCodeAt(n - 2) !== 121) {
    scores.es += 0.3;
  }
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/**
 * Guesses whether `text` (a sentence or a short passage) is English or Spanish.
 *
 * Never throws on odd text: empty text, numbers or links give `{ lang: 'und', confidence: 0 }`.
 *
 * @param text - the text to identify.
 * @param options - {@link DetectLanguageOptions}.
 * @returns the language, a confidence in [0, 1] and the raw scores.
 * @throws CotejoError `INVALID_INPUT` if `text` is not a string; `INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * detectLanguage('¿Dónde está la estación?').lang; // 'es'
 * ```
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  assertText(text);
  return guessLanguage(text, resolveMinConfidence(options));
}

/** Whether the code unit `c` belongs to a word: a letter, a combining mark, or an apostrophe. */
function isWordChar(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019) return true;
  if (c < 0xaa) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * {@link detectLanguage} without argument checks, for callers that already hold a string and a valid
 * threshold (`segment` calls it once per unit).
 */
export function guessLanguage(
  text: string,
  minConfidence: number = DEFAULT_DETECT_LANGUAGE_OPTIONS.minConfidence,
): LanguageGuess {
  const scores = { en: 0, es: 0 };
  // Look at a bounded prefix: a few hundred words decide any real sentence, and huge inputs stay cheap.
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  for (let i = sample.indexOf('¿'); i !== -1; i = sample.indexOf('¿', i + 1)) scores.es += 2;
  for (let i = sample.indexOf('¡'); i !== -1; i = sample.indexOf('¡', i + 1)) scores.es += 2;
  let index = 0;
  const n = sample.length;
  for (let i = 0; i < n; ) {
    // a word: a maximal run of letters, marks and apostrophes (a lone surrogate or a symbol ends it)
    while (i < n && !isWordChar(sample.charCodeAt(i))) i++;
    if (i >= n) break;
    const ws = i;
    while (i < n && isWordChar(sample.charCodeAt(i))) i++;
    const raw = sample.slice(ws, i);
    const lower = raw.toLowerCase();
    const initial = index === 0 || followsSentenceStart(sample, ws);
    index++;
    if (EN_WORDS.has(lower)) scores.en += 1;
    else if (ES_WORDS.has(lower)) scores.es += 1;
    else if (initial || lower.charCodeAt(0) === raw.charCodeAt(0)) spellingScore(lower, scores);
    // the verdict is settled: stop reading (long sentences cost no more than it takes)
    if (index >= 8 && Math.abs(scores.en - scores.es) >= 3 * Math.min(scores.en, scores.es) + 4) break;
  }
  return decide(scores, minConfidence);
}

function resolveMinConfidence(options: DetectLanguageOptions): number {
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'options must be an object, e.g. { minConfidence: 0.2 }.', 'options');
  }
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_DETECT_LANGUAGE_OPTIONS)) {
      throw new CotejoError('INVALID_OPTION', `unknown option '${key}'; detectLanguage accepts: minConfidence.`, `options.${key}`);
    }
  }
  return options.minConfidence === undefined
    ? DEFAULT_DETECT_LANGUAGE_OPTIONS.minConfidence
    : assertNumberInRange(options.minConfidence, 0, 1, 'options.minConfidence');
}

function decide(scores: { en: number; es: number }, minConfidence: number): LanguageGuess {
  const total = scores.en + scores.es;
  const rounded = { en: Math.round(scores.en * 10) / 10, es: Math.round(scores.es * 10) / 10 };
  if (total === 0) return { lang: 'und', confidence: 0, scores: rounded };
  const top = Math.max(scores.en, scores.es);
  const margin = Math.abs(scores.en - scores.es);
  // Share of the evidence, damped when there is little of it (one weak clue is not certainty).
  const confidence = Math.round((margin / total) * Math.min(1, top / 2) * 1000) / 1000;
  const lang: Lang = confidence < minConfidence || margin === 0 ? 'und' : scores.en > scores.es ? 'en' : 'es';
  return { lang, confidence, scores: rounded };
}
