/**
 * Links the words of an English idiom to the Spanish phrase that renders it (see {@link IDIOMS}).
 * @module
 */
import { foldWord } from '../normalize.js';
import type { BridgeSentence } from '../prepareBridgeSentence.js';
import type { LinkMatrix } from '../linkStrengths.js';
import { VIA_CODES } from '../linkStrengths.js';
import { IDIOMS } from './IDIOMS.js';

/** Strength of a link between the words of an idiom and the words of its rendering. */
export const IDIOM_STRENGTH = 0.8;

/** One pattern word: its alternatives, each a folded word or a folded prefix (`prefix` true). */
type Slot = { words: string[]; prefixes: string[]; any: boolean };
type Pattern = Slot[];

interface CompiledIdiom {
  en: Pattern[];
  es: Pattern[];
}

function compilePattern(p: string): Pattern {
  const spaced = p.replace(/['’]s\b/gu, " 's").replace(/-/gu, ' ');
  return spaced
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      const slot: Slot = { words: [], prefixes: [], any: w === '_' };
      if (!slot.any) {
        for (const alt of w.split('|')) {
          if (alt.endsWith('*')) slot.prefixes.push(foldWord(alt.slice(0, -1)));
          else slot.words.push(foldWord(alt));
        }
      }
      return slot;
    });
}

let compiled: CompiledIdiom[] | null = null;
function table(): CompiledIdiom[] {
  if (!compiled) compiled = IDIOMS.map((i) => ({ en: i.en.map(compilePattern), es: i.es.map(compilePattern) }));
  return compiled;
}

function fits(slot: Slot, norm: string): boolean {
  if (slot.any) return true;
  if (slot.words.includes(norm)) return true;
  for (const p of slot.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

/** Token indexes of the pattern matched from `i` (one extra word allowed between pattern words), or null. */
function matchAt(norms: readonly string[], pat: Pattern, i: number, k: number, out: number[]): boolean {
  if (k === pat.length) return true;
  const last = k === 0 ? i : Math.min(norms.length - 1, i + 1);
  for (let j = i; j <= last && j < norms.length; j++) {
    if (!fits(pat[k], norms[j])) continue;
    out.push(j);
    if (matchAt(norms, pat, j + 1, k + 1, out)) return true;
    out.pop();
  }
  return false;
}

/** Every occurrence (its token indexes) of any of `patterns` in a prepared text. */
function occurrences(norms: readonly string[], patterns: readonly Pattern[]): number[][] {
  const found: number[][] = [];
  for (const pat of patterns) {
    if (pat.length === 0) continue;
    for (let i = 0; i < norms.length; i++) {
      const out: number[] = [];
      if (matchAt(norms, pat, i, 0, out)) found.push(out);
    }
  }
  return found;
}

/** Occurrences of each idiom's renderings in a Spanish text, cached per prepared text. */
const spanishCache = new WeakMap<BridgeSentence, Map<number, number[][]>>();

/** Occurrences (token indexes) of the Spanish renderings of idiom `idiom` (an index of {@link IDIOMS}) in a prepared Spanish text. */
export function idiomRenderings(es: BridgeSentence, idiom: number): number[][] {
  let byIdiom = spanishCache.get(es);
  if (!byIdiom) {
    byIdiom = new Map();
    spanishCache.set(es, byIdiom);
  }
  let occ = byIdiom.get(idiom);
  if (!occ) {
    occ = occurrences(es.norms, table()[idiom].es);
    byIdiom.set(idiom, occ);
  }
  return occ;
}

/** The idioms of {@link IDIOMS} found in an English text: per idiom index, its occurrences (token indexes). */
export function findIdioms(en: BridgeSentence): Map<number, number[][]> {
  let out = englishCache.get(en);
  if (out) return out;
  out = new Map<number, number[][]>();
  englishCache.set(en, out);
  if (en.lang !== 'en' || en.norms.length === 0) return out;
  const t = table();
  for (let k = 0; k < t.length; k++) {
    const occ = occurrences(en.norms, t[k].en);
    if (occ.length > 0) out.set(k, occ);
  }
  return out;
}

/** The idioms found in each prepared English text (a quote is linked against several spans). */
const englishCache = new WeakMap<BridgeSentence, Map<number, number[][]>>();

/**
 * Raises to {@link IDIOM_STRENGTH} the links between the words of each English idiom of `en` (see {@link IDIOMS})
 * and the words of each rendering of it in `es` (content words to content words), in place. In a banded matrix only the cells inside each row's window are set. Returns the number of
 * idiom occurrences linked.
 */
export function linkIdioms(en: BridgeSentence, es: BridgeSentence, m: LinkMatrix): number {
  if (m.rows !== en.norms.length || m.cols !== es.norms.length) return 0;
  const found = findIdioms(en);
  if (found.size === 0) return 0;
  const lexiconVia = VIA_CODES.indexOf('lexicon');
  let linked = 0;
  for (const [k, enOcc] of found) {
    const esOcc = idiomRenderings(es, k);
    if (esOcc.length === 0) continue;
    for (const a of enOcc) {
      linked++;
      for (const b of esOcc) {
        for (const i of a) {
          for (const j of b) {
            // Content words to content words (and function words to function words): `the` is not `exigencia`.
            if (en.stop[i] !== es.stop[j]) continue;
            const at = j - m.lo[i];
            if (at < 0 || at >= m.width) continue;
            const c = i * m.width + at;
            if (m.strength[c] < IDIOM_STRENGTH) {
              m.strength[c] = IDIOM_STRENGTH;
              m.via[c] = lexiconVia;
            }
          }
        }
      }
    }
  }
  return linked;
}
