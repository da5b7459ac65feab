/**
 * Case and accent folding for matching English and Spanish words. Folded forms are for comparison
 * only: cotejo never displays them, and every token keeps its exact offsets into the caller's text.
 * @module
 */

const COMBINING = /\p{M}+/gu;
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };
const SPECIAL_RE = /[ßæœøđðþłı]/g;

/**
 * Folds a word for matching: lower case, compatibility forms unfolded (ligatures, full-width
 * letters), diacritics removed (`Árbol` → `arbol`, `Nariño` → `narino`, `Ελλάδα` → `ελλαδα`).
 * Works on any string (it is not limited to one word) and never throws.
 *
 * @example
 * ```ts
 * foldWord('Afirmó'); // 'afirmo'
 * ```
 */
export function foldWord(word: string): string {
  if (typeof word !== 'string' || word.length === 0) return '';
  let s = word.toLowerCase();
  // Fast path: plain ASCII needs nothing else.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  s = s.normalize('NFKD').replace(COMBINING, '');
  if (SPECIAL_RE.test(s)) {
    SPECIAL_RE.lastIndex = 0;
    s = s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  }
  return s;
}

/**
 * Normalizes the digits of a number token so that the same quantity written in the English or the
 * Spanish way compares equal: thousands separators are removed (`5.000`, `5,000` → `5000`) and a
 * decimal separator becomes a point (`1,5`, `1.5` → `1.5`). A separator followed by exactly three
 * digits is read as a thousands separator unless the integer part is `0` (`0,125` → `0.125`).
 * Input that is not digits and separators is returned unchanged.
 *
 * @example
 * ```ts
 * normalizeNumber('12.000'); // '12000'
 * ```
 */
export function normalizeNumber(raw: string): string {
  if (!/^\d+(?:[.,]\d+)*$/.test(raw)) return raw;
  const groups = raw.split(/[.,]/);
  if (groups.length === 1) return stripZeros(raw);
  const seps: string[] = [];
  for (let i = 0, k = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '.' || c === ',') seps[k++] = c;
  }
  const last = groups[groups.length - 1];
  const lastSep = seps[seps.length - 1];
  let lastIsDecimal = last.length !== 3 || groups[0] === '0';
  if (!lastIsDecimal && seps.length > 1 && seps[seps.length - 2] !== lastSep) lastIsDecimal = true;
  if (lastIsDecimal) {
    const intPart = groups.slice(0, -1).join('');
    return `${stripZeros(intPart)}.${last}`;
  }
  return stripZeros(groups.join(''));
}

function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}
