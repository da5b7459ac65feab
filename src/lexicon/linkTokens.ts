/**
 * Word-level links between an English and a Spanish sentence.
 * @module
 */
import { assertNumberInRange, assertText, CotejoError } from '../CotejoError.js';
import { resolveBridgeOptions, type BridgeOptions } from './BridgeOptions.js';
import { linkStrengths, MAX_CELLS, VIA_CODES, type LinkVia } from './linkStrengths.js';
import { prepareBridgeSentence, type BridgeSentence } from './prepareBridgeSentence.js';

/** One end of a {@link TokenLink}: a token with its exact offsets into the caller's text. */
export interface LinkedToken {
  /** The token text, exactly `input.slice(start, end)`. */
  text: string;
  /** UTF-16 start offset (inclusive). */
  start: number;
  /** UTF-16 end offset (exclusive). */
  end: number;
  /** Position of the token in `tokenize(input, { lang })`. */
  index: number;
  /** Folded form used for matching. */
  norm: string;
  /** True for a function word (see {@link isStopword}). */
  stop: boolean;
}

/** A link between an English token and the Spanish token that renders it. */
export interface TokenLink {
  /** The English token. */
  en: LinkedToken;
  /** The Spanish token. */
  es: LinkedToken;
  /**
   * Strength of the link in (0, 1]: 1 for identical tokens; for lexicon links, the larger of
   * p(es|en) and p(en|es) scaled (p ≥ 0.4 gives 1), at least 0.6 for a WordNet lemma pair; for
   * cognates, 0.9 × their orthographic similarity.
   */
  p: number;
  /** What made the link. */
  via: LinkVia;
}

/** Options of {@link linkTokens}. */
export interface LinkTokensOptions extends BridgeOptions {
  /** Weakest link strength kept, in [0, 1] (default 0.2). */
  minStrength?: number;
  /**
   * Competitive one-to-one linking (default `true`): each content word links at most once; a function
   * word links once and may share a content word of the other side (`we want` ↔ `queremos`). With
   * `false`, every token gets its best partner(s).
   */
  oneToOne?: boolean;
  /** Also link function words (default `true`). */
  stopwords?: boolean;
}

/** Defaults of {@link LinkTokensOptions}. */
export const DEFAULT_LINK_TOKENS_OPTIONS: Readonly<Required<LinkTokensOptions>> = Object.freeze({
  useLexicon: true,
  useCognates: true,
  minStrength: 0.2,
  oneToOne: true,
  stopwords: true,
});

/**
 * Links the tokens of an English text to the tokens of a Spanish text that translate them, by
 * competitive linking: candidate pairs (identity, lexicon, cognates) are taken strongest first,
 * ties broken by similar relative position, each content word linked once (function words may
 * share a partner, for Spanish pro-drop and synthetic verb forms). Content words left unlinked are the
 * words one side has and the other lacks (omissions, additions, changed wording); numbers link only
 * to the same number. Links are sorted by English token position.
 * `en` and `es` may be strings or sentences prepared with {@link prepareBridgeSentence} (then offsets
 * refer to the prepared text). Never throws on odd text; throws `CotejoError` for bad arguments/options.
 *
 * @example
 * ```ts
 * linkTokens('The docks were closed.', 'Los muelles estaban cerrados.').map((l) => `${l.en.text}=${l.es.text}`);
 * // ['The=Los', 'docks=muelles', 'were=estaban', 'closed=cerrados']
 * ```
 */
export function linkTokens(en: string | BridgeSentence, es: string | BridgeSentence, options: LinkTokensOptions = {}): TokenLink[] {
  const pe = typeof en === 'string' || en === null || typeof en !== 'object' ? prepared(en, 'en') : en;
  const pf = typeof es === 'string' || es === null || typeof es !== 'object' ? prepared(es, 'es') : es;
  if (pe.lang !== 'en' || pf.lang !== 'es' || !pe.tokens || !pf.tokens) {
    throw new CotejoError('INVALID_INPUT', "linkTokens needs English then Spanish: strings, or prepareBridgeSentence(text, 'en') and (text, 'es').", 'en');
  }
  const bridge = resolveBridgeOptions(options);
  const minStrength = options.minStrength === undefined ? DEFAULT_LINK_TOKENS_OPTIONS.minStrength : assertNumberInRange(options.minStrength, 0, 1, 'options.minStrength');
  for (const name of ['oneToOne', 'stopwords'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'boolean') {
      throw new CotejoError('INVALID_OPTION', `options.${name} must be true or false, got ${JSON.stringify(options[name])}.`, `options.${name}`);
    }
  }
  const oneToOne = options.oneToOne ?? true;
  const withStop = options.stopwords ?? true;
  const rows = pe.tokens.length;
  const cols = pf.tokens.length;
  if (rows === 0 || cols === 0) return [];
  const m = linkStrengths(pe, pf, bridge, false, MAX_CELLS);
  const cand: { i: number; j: number; s: number; d: number; k: number }[] = [];
  for (let i = 0; i < rows; i++) {
    if (!withStop && pe.stop[i]) continue;
    const j0 = m.lo[i];
    for (let j = j0; j < j0 + m.width; j++) {
      if (!withStop && pf.stop[j]) continue;
      const s = m.strength[i * m.width + j - j0];
      if (s > 0 && s >= minStrength) cand.push({ i, j, s, d: Math.abs((i + 0.5) / rows - (j + 0.5) / cols), k: i * m.width + j - j0 });
    }
  }
  cand.sort((a, b) => b.s - a.s || a.d - b.d || a.i - b.i || a.j - b.j);
  const usedE = new Uint8Array(rows);
  const usedF = new Uint8Array(cols);
  const bestE = new Float32Array(rows);
  const bestF = new Float32Array(cols);
  const links: TokenLink[] = [];
  for (const c of cand) {
    const eStop = pe.stop[c.i] === 1;
    const fStop = pf.stop[c.j] === 1;
    if (oneToOne) {
      // Content words link one-to-one. A function word links once, without using up a content
      // word on the other side: Spanish drops subject pronouns and auxiliaries (`we want` ↔
      // `queremos`, `will hold` ↔ `aguantará`), so both English words may link to one Spanish verb.
      if (eStop === fStop) {
        if (usedE[c.i] || usedF[c.j]) continue;
        usedE[c.i] = 1;
        usedF[c.j] = 1;
      } else if (eStop) {
        if (usedE[c.i]) continue;
        usedE[c.i] = 1;
      } else {
        if (usedF[c.j]) continue;
        usedF[c.j] = 1;
      }
    } else {
      if (c.s < bestE[c.i] && c.s < bestF[c.j]) continue; // not the best partner of either token
      if (c.s > bestE[c.i]) bestE[c.i] = c.s;
      if (c.s > bestF[c.j]) bestF[c.j] = c.s;
    }
    links.push({ en: linked(pe, c.i), es: linked(pf, c.j), p: c.s, via: VIA_CODES[m.via[c.k]] as LinkVia });
  }
  links.sort((a, b) => a.en.index - b.en.index || a.es.index - b.es.index);
  return links;
}

function prepared(text: unknown, lang: 'en' | 'es'): BridgeSentence {
  assertText(text, lang);
  return prepareBridgeSentence(text, lang);
}

function linked(s: BridgeSentence, i: number): LinkedToken {
  const t = s.tokens[i];
  return { text: t.text, start: t.start, end: t.end, index: t.index, norm: t.norm, stop: s.stop[i] === 1 };
}
