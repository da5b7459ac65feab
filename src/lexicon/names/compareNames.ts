import { assertText } from '../../CotejoError.js';
import { EXONYM_GROUPS, INSTITUTION_WORDS, OPTIONAL_INSTITUTION_WORDS } from './exonyms.js';

/** The verdict of {@link compareNames}. */
export type NameComparison = 'same' | 'diacritics' | 'different';

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'the', 'of', 'y', 'and', 'for', 'para', 'on', 'e', 'da', 'do', 'dos', 'van', 'von', 'der', 'di', 'du', 'le']);

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** Case, spacing, hyphen, dot and apostrophe folding (accents kept): `García-Peña` → ['garcía', 'peña']. */
export function nameTokens(name: string): string[] {
  const hit = tokenCache.get(name);
  if (hit) return hit.slice();
  const out = tokenize(name);
  if (name.length <= 80) {
    if (tokenCache.size >= 10_000) tokenCache.clear();
    tokenCache.set(name, out);
  }
  return out.slice();
}

const tokenCache = new Map<string, string[]>();

function tokenize(name: string): string[] {
  let s = name.normalize('NFC').trim();
  if (s.startsWith('@') || s.startsWith('#')) s = s.slice(1);
  s = s.replace(/['’]s$/u, '');
  s = s.toLowerCase().replace(/[.'’]/g, '');
  return s.split(/[^\p{L}\p{M}\p{N}]+/u).filter((t) => t.length > 0);
}

let exonymIndex: Map<string, number> | undefined;

function compact(tokens: readonly string[]): string {
  return stripAccents(tokens.join(''));
}

function exonymId(tokens: readonly string[]): number | undefined {
  if (!exonymIndex) {
    exonymIndex = new Map();
    EXONYM_GROUPS.forEach((group, id) => {
      for (const form of group) {
        const t = nameTokens(form);
        exonymIndex!.set(compact(t), id);
        const noArticle = t.filter((x, k) => !(k === 0 && (x === 'the' || x === 'la' || x === 'el')));
        exonymIndex!.set(compact(noArticle), id);
      }
    });
  }
  const id = exonymIndex.get(compact(tokens));
  if (id !== undefined) return id;
  if (tokens.length > 1 && PARTICLES.has(tokens[0])) return exonymIndex.get(compact(tokens.slice(1)));
  return undefined;
}

/** True when every token of `short` is found in `long` in order (an initial matches a token starting with it). */
function subsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const t of short) {
    while (j < long.length && !(long[j] === t || (t.length === 1 && long[j].startsWith(t)))) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * Compares two names (an English mention and its Spanish counterpart, or two mentions):
 * - `same`: the same name up to case, spacing, hyphens, dots and possessive `'s` (`García-Peña` / `García Peña`,
 *   `U.S.` / `US`, `Trump's` / `Trump`), a known exonym pair (`Casa Blanca` / `White House`, `EE. UU.` / `U.S.`), or one is part of
 *   the other (`Petro` / `Gustavo Petro`, `Rubio` / `Marco Rubio`);
 * - `diacritics`: the same name once accents are dropped (`Rodríguez` / `Rodriguez`, `Bogotá` / `Bogota`) — an
 *   info-level difference, usually an English outlet dropping accents;
 * - `different`: another name (`Quiñones` / `Quiñonez`).
 * Throws `CotejoError` (`INVALID_INPUT`) if either argument is not a string.
 * The exonym tables are small (countries, a few cities and institutions, and the words institution names are made
 * of, so `Ministry of the Environment` / `Ministerio del Ambiente` compare the same): see `EXONYM_GROUPS` and
 * `INSTITUTION_WORDS`.
 */
export function compareNames(a: string, b: string): NameComparison {
  assertText(a, 'a');
  assertText(b, 'b');
  // plural acronyms: ORFs / ORF, CoVs / CoV
  const depluralize = (s: string) => (/^[@#]?\p{Lu}[\p{L}\d-]*\p{Lu}s$/u.test(s.trim()) ? s.trim().slice(0, -1) : s);
  a = depluralize(a);
  b = depluralize(b);
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 'different';
  const ja = ta.join(' ');
  const jb = tb.join(' ');
  if (ja === jb || ta.join('') === tb.join('')) return 'same';
  const ea = exonymId(ta);
  if (ea !== undefined && ea === exonymId(tb)) return 'same';
  // Acronyms are often translated by reordering the letters of the expansion: RNA/ARN, DNA/ADN, ARDS/SDRA, CI/IC.
  if (ta.length === 1 && tb.length === 1 && isAcronym(a) && isAcronym(b) && ja.length >= 2 && sortedLetters(ja) === sortedLetters(jb)) {
    return 'same';
  }
  const fa = ta.map(stripAccents);
  const fb = tb.map(stripAccents);
  if (fa.join('') === fb.join('')) return 'diacritics';
  // one is part of the other: a surname alone, a first name alone, a name without particles
  const ca = ta.filter((t) => !PARTICLES.has(t));
  const cb = tb.filter((t) => !PARTICLES.has(t));
  if (ca.length > 0 && cb.length > 0 && ca.some((t) => t.length > 1) && cb.some((t) => t.length > 1)) {
    const orders: [string[], string[]][] = ca.length < cb.length ? [[ca, cb]] : ca.length > cb.length ? [[cb, ca]] : [[ca, cb], [cb, ca]];
    for (const [s, l] of orders) if (subsequence(s, l)) return 'same';
    for (const [s, l] of orders) if (subsequence(s.map(stripAccents), l.map(stripAccents))) return 'diacritics';
  }
  if (institutionMatch(ca.map(stripAccents), cb.map(stripAccents)) || institutionMatch(cb.map(stripAccents), ca.map(stripAccents))) return 'same';
  if ((ta.length <= tb.length ? containsExonym(ta, tb) : containsExonym(tb, ta))) return 'same';
  return 'different';
}

/**
 * True when two names are forms of the same place or institution in the exonym table (`Britain` / `Reino Unido`,
 * `Morocco` / `Marruecos`, `Mexico City` / `Ciudad de México`; a leading article or particle is ignored). Spelling
 * alone never matches here, nor does a longer name that merely contains an exonym.
 */
export function exonymMatch(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const ea = exonymId(ta);
  return ea !== undefined && ea === exonymId(tb);
}

function isAcronym(s: string): boolean {
  const t = s.replace(/[.\s]/g, '');
  return t.length >= 2 && t.length <= 6 && /^\p{Lu}+$/u.test(t);
}

function sortedLetters(s: string): string {
  return [...s].sort().join('');
}

/**
 * `en` is an institution name in English whose words are either kept (`Hubei`, `Leeds`) or known institution words
 * whose Spanish renderings are in `es`, and every word of `es` is accounted for: `Hubei Provincial Hospital` /
 * `Hospital Provincial de Hubei`. At least one word must be an institution word (otherwise spelling decides).
 */
function institutionMatch(en: readonly string[], es: readonly string[]): boolean {
  if (en.length === 0 || es.length === 0) return false;
  const esSet = new Set(es);
  const covered = new Set<string>();
  let translated = 0;
  for (const w of en) {
    if (esSet.has(w)) {
      covered.add(w);
      if (INSTITUTION_WORDS.has(w)) translated++;
      continue;
    }
    // plurals: `Centers` / `Centros`
    const plural = w.length > 4 && w.endsWith('s') && !w.endsWith('ss');
    const options = INSTITUTION_WORDS.get(w) ?? (plural ? INSTITUTION_WORDS.get(w.slice(0, -1)) : undefined);
    const inEs = (x: string): string | undefined => (esSet.has(x) ? x : esSet.has(`${x}s`) ? `${x}s` : esSet.has(`${x}es`) ? `${x}es` : undefined);
    let hit: string[] | undefined;
    for (const o of options ?? []) {
      const found = o.split(' ').map(inEs);
      if (found.every((x) => x !== undefined)) {
        hit = found as string[];
        break;
      }
    }
    if (!hit) {
      const c = cognateIn(w, esSet);
      if (c) hit = [c];
    }
    if (!hit) {
      if (OPTIONAL_INSTITUTION_WORDS.has(w)) continue;
      return false;
    }
    translated++;
    for (const x of hit) covered.add(x);
  }
  return translated > 0 && es.every((w) => covered.has(w));
}

/** English → Spanish suffix rewrites of regular cognates (`epidemiology` → `epidemiologia`, `nomenclature` →
 * `nomenclatura`, `transport` → `transporte`, `ministers` → `ministros`). */
const COGNATE_SUFFIXES: readonly [string, readonly string[]][] = [
  ['tion', ['cion']], ['tions', ['ciones']], ['sion', ['sion']], ['ity', ['idad']], ['ogy', ['ogia']], ['graphy', ['grafia']],
  ['ical', ['ico', 'ica']], ['ic', ['ico', 'ica']], ['ics', ['ica']], ['ure', ['ura']], ['ary', ['ario', 'aria']],
  ['ory', ['orio', 'oria']], ['ism', ['ismo']], ['ist', ['ista']], ['ment', ['mento']], ['ive', ['ivo', 'iva']],
  ['ous', ['oso', 'osa']], ['ence', ['encia']], ['ance', ['ancia']], ['ant', ['ante']], ['ent', ['ente']],
  ['al', ['al']], ['er', ['ro']], ['ers', ['ros']], ['osis', ['osis']], ['sis', ['stico']], ['y', ['ia']],
  ['ct', ['to', 'cto']], ['cts', ['tos', 'ctos']],
];

/** A regular Spanish cognate of the English word `w` (6+ letters) found in `es`, if any. */
function cognateIn(w: string, es: ReadonlySet<string>): string | undefined {
  if (w.length < 6) return undefined;
  for (const [suf, repl] of COGNATE_SUFFIXES) {
    if (!w.endsWith(suf)) continue;
    const stem = w.slice(0, -suf.length);
    if (stem.length < 3) continue;
    for (const r of repl) if (es.has(stem + r)) return stem + r;
  }
  for (const v of ['e', 'o', 'a']) if (es.has(w + v)) return w + v; // transport → transporte, district → distrito
  if (w.endsWith('t') && es.has(`${w}o`)) return `${w}o`;
  return undefined;
}

/** One side's tokens contain, as a contiguous run, a known exonym of the other side (`Estados Unidos` in
 * `Prevención de Enfermedades de los Estados Unidos` against `United States`). */
function containsExonym(short: readonly string[], long: readonly string[]): boolean {
  const id = exonymId(short);
  if (id === undefined || long.length > 12) return false;
  for (let len = 1; len <= Math.min(5, long.length); len++) {
    for (let s = 0; s + len <= long.length; s++) if (exonymId(long.slice(s, s + len)) === id) return true;
  }
  return false;
}
