/**
 * Light stemming for English and Spanish, and the lexicon key derived from it.
 * @module
 */
import type { Lang } from '../types.js';

const VOWEL = /[aeiouy]/;

/**
 * A light stemmer for folded (lower-case, accent-free) words: it removes inflection, not derivation.
 * English: plurals (`docks` → `dock`, `policies` → `policy`), `-ing`, `-ed`, a silent final `e` (`stated`, `state` → `stat`);
 * Spanish: plural and gender endings (`muelles` → `muell`, `presidenta` → `president`, `luces` → `luz`).
 * Words of three letters or fewer, numbers and codes are returned unchanged. Never throws.
 *
 * @param word a folded word (see {@link foldWord})
 * @param lang the word's language; `'und'` applies only the rules common to both
 * @example
 * ```ts
 * stem('muelles', 'es'); // 'muell'
 * ```
 */
export function stem(word: string, lang: Lang): string {
  if (typeof word !== 'string' || word.length <= 3 || /\d/.test(word)) return word ?? '';
  if (lang === 'en') return stemEn(word);
  if (lang === 'es') return stemEs(word);
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function stemEn(w: string): string {
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (n > 4 && /(?:ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (n > 3 && w.endsWith('s') && !/[sui]s$/.test(w)) return w.slice(0, -1);
  if (n > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) return undouble(w.slice(0, -3));
  if (n > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (n > 4 && w.endsWith('ed') && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2))) return undouble(w.slice(0, -2));
  // A silent final e goes, so that `state`, `stated` and `stating` share a stem.
  if (n > 4 && w.endsWith('e') && !/[aeiou]e$/.test(w)) return w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[aeioulsz]/.test(w[n - 1])) return w.slice(0, -1);
  return w;
}

function stemEs(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('ces')) return `${s.slice(0, -3)}z`;
  if (s.length > 4 && s.endsWith('es') && !/[aeiou]es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s')) s = s.slice(0, -1);
  if (s.length > 4 && /[aeo]$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Length a stem is truncated to in lexicon keys (see {@link lexiconKey}). */
export const LEXICON_KEY_LENGTH = 5;

/**
 * The key under which the shipped lexicon stores a folded word: its light {@link stem} truncated to
 * {@link LEXICON_KEY_LENGTH} characters (`afirmó` → `afirm`, `dijeron` → `dijer`). Truncation groups
 * inflected forms of one word, which a lexicon learned from a modest corpus needs; numbers keep
 * their full form.
 */
export function lexiconKey(norm: string, lang: Lang): string {
  const s = stem(norm, lang);
  return s.length > LEXICON_KEY_LENGTH && !/\d/.test(s) ? s.slice(0, LEXICON_KEY_LENGTH) : s;
}
