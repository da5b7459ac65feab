/**
 * Orthographic cognate similarity between English and Spanish words.
 * @module
 */
import type { Lang } from '../types.js';
import { foldWord } from './normalize.js';

// English suffix → Spanish-like suffix (longest first within each ending).
const EN_SUFFIXES: [string, string][] = [
  ['ically', 'icamente'], ['ally', 'almente'], ['ly', 'mente'],
  ['ations', 'acion'], ['ation', 'acion'], ['tions', 'cion'], ['tion', 'cion'], ['sions', 'sion'], ['sion', 'sion'],
  ['ities', 'idad'], ['ity', 'idad'], ['ty', 'dad'],
  ['ical', 'ico'], ['ics', 'ica'], ['ic', 'ico'],
  ['ous', 'oso'], ['isms', 'ismo'], ['ism', 'ismo'], ['ists', 'ista'], ['ist', 'ista'],
  ['ives', 'ivo'], ['ive', 'ivo'], ['aries', 'ario'], ['ary', 'ario'], ['ories', 'orio'], ['ory', 'orio'],
  ['ments', 'mento'], ['ment', 'mento'], ['ances', 'ancia'], ['ance', 'ancia'], ['ences', 'encia'], ['ence', 'encia'],
  ['ancy', 'ancia'], ['ency', 'encia'], ['izes', 'izar'], ['ize', 'izar'], ['ise', 'izar'], ['ized', 'izado'],
  ['ated', 'ado'], ['ates', 'ar'], ['ate', 'ar'], ['ble', 'ble'], ['ies', 'ia'], ['y', 'ia'],
];

/**
 * A comparison form of a folded word in which regular English–Spanish correspondences are undone:
 * English suffixes take their Spanish shape (`-tion` → `-cion`, `-ty` → `-dad`, `-ly` → `-mente`,
 * `-ic` → `-ico`, `-ous` → `-oso`), spellings are simplified on both sides (`ph` → `f`, `th` → `t`,
 * `ch`/`qu` → `c`, `k` → `c`, `y` → `i`, double letters single), Spanish prothetic `e` before `s`
 * + consonant is dropped (`estado` → `stado`), and a final vowel is removed.
 */
export function cognateForm(norm: string, lang: Lang): string {
  let w = norm;
  if (lang === 'en') {
    for (const [en, es] of EN_SUFFIXES) {
      if (w.length > en.length + 1 && w.endsWith(en)) {
        w = w.slice(0, -en.length) + es;
        break;
      }
    }
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    w = w.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ch/g, 'c').replace(/k/g, 'c').replace(/w/g, 'v');
  } else {
    if (w.length > 4 && w.endsWith('s')) w = w.slice(0, -1);
    if (/^es[bcdfgklmnpqrtv]/.test(w)) w = w.slice(1);
    w = w.replace(/qu/g, 'c').replace(/ch/g, 'c').replace(/k/g, 'c').replace(/ñ/g, 'n');
  }
  w = w.replace(/y/g, 'i').replace(/h/g, '').replace(/z/g, 's').replace(/(.)\1+/g, '$1');
  if (w.length > 3 && /[aeiou]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Minimum {@link cognateScore} at which two words count as cognates in links and scores. */
export const COGNATE_THRESHOLD = 0.75;

/**
 * Orthographic similarity in [0, 1] between an English and a Spanish word, after undoing regular
 * correspondences (see {@link cognateForm}): 1 − edit distance / length of the longer form, and 0
 * when either word is shorter than 4 letters or the forms differ in their first letter.
 * `nation`/`nación` and `velocity`/`velocidad` score 1; `dock`/`muelle` scores 0.
 *
 * @example
 * ```ts
 * cognateScore('information', 'información'); // 1
 * ```
 */
export function cognateScore(en: string, es: string): number {
  if (typeof en !== 'string' || typeof es !== 'string') return 0;
  const a = foldWord(en);
  const b = foldWord(es);
  if (a.length < 4 || b.length < 4) return 0;
  return formSimilarity(cognateForm(a, 'en'), cognateForm(b, 'es'));
}

/**
 * Similarity of two {@link cognateForm}s (as {@link cognateScore}, for callers that precompute forms).
 * @internal
 */
export function formSimilarity(a: string, b: string): number {
  if (a.length < 3 || b.length < 3 || a.charCodeAt(0) !== b.charCodeAt(0)) return 0;
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > max * (1 - COGNATE_THRESHOLD) + 1) return 0;
  return 1 - editDistance(a, b) / max;
}

const row = new Int32Array(64);
function editDistance(a: string, b: string): number {
  if (b.length > 63) b = b.slice(0, 63);
  if (a.length > 63) a = a.slice(0, 63);
  const n = b.length;
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const tmp = row[j];
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + cost);
      prev = tmp;
    }
  }
  return row[n];
}
