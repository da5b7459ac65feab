/**
 * A small stop-word based language check for quoted words: English or Spanish function words that the
 * other language does not share, plus Spanish-only letters and marks (ñ, ¿, ¡, accented vowels).
 * @module
 */
import type { Lang } from '../../types.js';

const EN_ONLY = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'it', 'was', 'for', 'on', 'are', 'with', 'as', 'his', 'they',
  'be', 'at', 'have', 'this', 'from', 'by', 'had', 'not', 'but', 'what', 'were', 'we', 'when', 'your', 'can',
  'said', 'there', 'an', 'which', 'she', 'do', 'their', 'if', 'will', 'would', 'about', 'been', 'has', 'who',
  'its', 'our', 'you', 'my', 'him', 'them', 'these', 'those', 'than', 'then', 'into', 'could', 'should', 'being',
  'does', 'did', 'because', 'just', 'i', 'i’m', "i'm", 'don’t', "don't", 'it’s', "it's", 'we’re', "we're",
  'won’t', "won't", 'can’t', "can't", 'doing', 'going', 'thinking', 'very', 'all', 'out', 'up', 'there', 'how',
  'why', 'where', 'or', 'so', 'any', 'some', 'more', 'other', 'such', 'only', 'also', 'after', 'before',
  'over', 'between', 'through', 'against', 'without', 'while', 'must', 'may', 'might', 'shall', 'am', 'let',
  'us', 'get', 'got', 'make', 'made', 'know', 'think', 'want', 'need', 'people', 'things', 'bad', 'good',
]);

const ES_ONLY = new Set([
  'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'unos', 'unas', 'por', 'con', 'para',
  'es', 'se', 'su', 'sus', 'lo', 'al', 'como', 'más', 'pero', 'sí', 'le', 'les', 'ya', 'este', 'esta', 'esto',
  'estos', 'estas', 'ese', 'esa', 'eso', 'ha', 'han', 'fue', 'ser', 'está', 'están', 'estar', 'desde', 'muy',
  'también', 'hay', 'sin', 'sobre', 'entre', 'cuando', 'todo', 'todos', 'nos', 'mi', 'yo', 'porque', 'qué',
  'tiene', 'tienen', 'hemos', 'eran', 'él', 'ella', 'ellos', 'nosotros', 'debería', 'puede',
  'pueden', 'hacer', 'ni', 'o', 'donde', 'dónde', 'quien', 'quién', 'cómo', 'cual', 'cuál', 'tan', 'hasta',
  'nada', 'algo', 'mucho', 'poco', 'otro', 'otra', 'otros', 'otras', 'mismo', 'misma', 'aquí', 'allí', 'ahora',
  'siempre', 'nunca', 'bien', 'mal', 'cosas', 'gente', 'pueblo', 'usted', 'ustedes', 'va', 'vamos', 'voy',
  'tengo', 'creo', 'dijo', 'hace', 'había', 'sido', 'estoy', 'estamos', 'somos', 'soy', 'señor',
]);
// Shared words (`no`, `a`, `me`, `son`, `era`) are in neither list.

const ES_LETTERS = /[ñÑ¿¡áéíóúÁÉÍÓÚüÜ]/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Word and cue counts behind a language decision. */
export interface LanguageVotes {
  /** English-only function words seen. */
  en: number;
  /** Spanish-only function words (and Spanish letters, each worth half a word, at most 2) seen. */
  es: number;
  /** Number of words. */
  words: number;
}

/** Counts English and Spanish cues in `text` (linear time). */
export function languageVotes(text: string): LanguageVotes {
  let en = 0;
  let es = 0;
  let words = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    const w = m[0].toLowerCase();
    if (EN_ONLY.has(w)) en++;
    else if (ES_ONLY.has(w)) es++;
  }
  let letters = 0;
  for (const _ of text.matchAll(ES_LETTERS)) {
    letters++;
    if (letters >= 4) break;
  }
  es += letters / 2;
  return { en, es, words };
}

/**
 * The language of `text` ('en' | 'es'), or `fallback` when the words give no clear signal
 * (one-word quotes such as “froze” say nothing by themselves: the caller passes the language of the
 * surrounding sentence).
 */
export function detectQuoteLanguage(text: string, fallback: Lang = 'und'): Lang {
  const v = languageVotes(text);
  if (v.en === 0 && v.es === 0) return fallback;
  if (v.en >= 1 && v.en > v.es * 1.5) return 'en';
  if (v.es >= 1 && v.es > v.en * 1.5) return 'es';
  return fallback;
}
