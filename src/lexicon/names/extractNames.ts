/**
 * Finds candidate named entities in English or Spanish text: capitalized sequences, acronyms, handles.
 * @module
 */
import { type LexOptions, checkLexOptions } from '../values/checkLexOptions.js';
import { findUrlRanges } from '../values/findUrlRanges.js';
import { type Token, type TokenList, foldAccents, isAllCaps, scanTokens, startsUpper } from '../values/scanTokens.js';
import { type NameKind, type NameMention } from './NameMention.js';
import {
  CALENDAR_WORDS,
  CAPITALIZED_FUNCTION_WORDS,
  DEMONYMS,
  NAME_CONNECTORS,
  NEWS_LABELS,
  TITLES,
  TITLE_PHRASES,
} from './nameWords.js';

/** Options of {@link extractNames}. */
export type ExtractNamesOptions = LexOptions;

/** Defaults of {@link extractNames}. */
export const DEFAULT_NAME_OPTIONS: Readonly<Required<ExtractNamesOptions>> = Object.freeze({ lang: 'auto' });

const INSTITUTION_CONNECTORS: ReadonlySet<string> = new Set(['and', 'y', 'e', 'para', 'el', 'of', 'on']);

/** Head nouns of organizations (EN and ES, folded): a name with one may join words with `and`/`y`. */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  ('center centre centers centres ministry department secretariat court tribunal office council agency bank university ' +
    'party army police institute institutes commission committee chamber congress senate assembly government ' +
    'registry hospital college society church association union organization organisation foundation school museum ' +
    'centro centros ministerio departamento secretaria corte juzgado oficina consejo concejo agencia banco universidad ' +
    'partido ejercito policia instituto institutos comision comite camara congreso senado asamblea gobierno ' +
    'registraduria fiscalia contraloria procuraduria defensoria hospital colegio sociedad iglesia asociacion union ' +
    'organizacion fundacion escuela museo').split(' '),
);

function isInstitutionWord(w: string): boolean {
  return INSTITUTION_HEADS.has(w);
}

/** Longest run of capitalized words and particles still read as names; longer runs are title-case lines. */
const MAX_SEQUENCE = 16;

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '«', '¿', '¡', '(', '[', '—', '–', '|', '•', '‘', '„', '…']);

/** Endings of common English words and Spanish verb forms / adverbs: a lone sentence-initial word with one is
 * taken as an ordinary word, not a name. */
const COMMON_WORD_SHAPE = /(?:ly|ing|ed|tion|tions|ment|ments|ness|aron|ieron|aban|ando|iendo|mente|amos|emos|imos)$/;

function nameKey(text: string): string {
  return foldAccents(text.replace(/['’]s$/u, '').replace(/[.'’]/g, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Strips a possessive `'s` / `’s` from the end of a word token; returns the new end offset. */
function possessiveEnd(t: Token): number {
  const s = t.text;
  if (s.length > 3 && (s.endsWith("'s") || s.endsWith('’s'))) return t.end - 2;
  return t.end;
}

interface Part {
  k: number; // token index of first token
  end: number; // exclusive token index
}

/** Scans tokens and builds name mentions. */
class NameScanner {
  private readonly lowerSeen = new Set<string>();
  private readonly skip: Uint8Array;
  private readonly out: NameMention[] = [];

  constructor(
    private readonly text: string,
    private readonly toks: TokenList,
  ) {
    this.skip = new Uint8Array(toks.length);
    const urls = findUrlRanges(text);
    let u = 0;
    for (let k = 0; k < toks.length; k++) {
      while (u < urls.length && urls[u][1] <= toks.start(k)) u++;
      if (u < urls.length && toks.start(k) >= urls[u][0]) this.skip[k] = 1;
      const t = toks.at(k)!;
      if (t.kind === 'word' && t.text.length <= 30 && !startsUpper(t.text)) this.lowerSeen.add(foldAccents(t.text));
    }
  }

  private fold(k: number): string {
    const t = this.toks.at(k)!;
    return t && t.kind === 'word' && t.text.length <= 40 ? foldAccents(t.text.replace(/['’]s$/u, '')) : '';
  }

  private glued(a: number, b: number): boolean {
    return this.toks.glued(a, b);
  }

  /** Same line, at most one space or two between tokens a and b. */
  private near(a: number, b: number): boolean {
    return this.toks.near(a, b);
  }

  private sentenceInitial(k: number): boolean {
    if (k === 0) return true;
    const prev = this.toks.at(k - 1)!;
    for (let i = prev.end; i < this.toks.start(k); i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13) return true;
    }
    if (prev.kind === 'punct') {
      if (SENTENCE_OPENERS.has(prev.text)) return true;
      // emoji and other symbols often open a line (🔴 EXCLUSIVA)
      const cp = prev.text.codePointAt(0) ?? 0;
      if (cp > 0x2000 && !'’”»)]'.includes(prev.text)) return true;
    }
    return false;
  }

  private isCap(k: number): boolean {
    const t = this.toks.at(k)!;
    return !!t && t.kind === 'word' && startsUpper(t.text) && !this.skip[k];
  }

  /** Dotted initials starting at k (`U.S.`, `EE. UU.`, `J. K.`): returns the exclusive end token, or 0. */
  private dottedEnd(k: number): number {
    let e = k;
    let segments = 0;
    for (;;) {
      const t = this.toks.at(e)!;
      if (!t || t.kind !== 'word' || t.text.length > 2 || !isAllCaps(t.text)) break;
      if (segments > 0 && !(this.glued(e - 1, e) || (this.near(e - 1, e) && t.text.length === 2))) break;
      if (this.toks.at(e + 1)!?.text !== '.' || !this.glued(e, e + 1)) {
        // `EE.UU`: the last segment may lack its dot
        if (segments > 0 && this.glued(e - 1, e) && t.text.length === this.toks.text(e - 2).length) {
          e += 1;
          segments++;
        }
        break;
      }
      e += 2;
      segments++;
    }
    return segments >= 2 ? e : 0;
  }

  run(): NameMention[] {
    const n = this.toks.length;
    let k = 0;
    while (k < n) {
      if (this.skip[k]) {
        k++;
        continue;
      }
      const t = this.toks.at(k)!;
      if (t.kind === 'punct' && (t.text === '@' || t.text === '#')) {
        k = this.handleAt(k);
        continue;
      }
      if (!this.isCap(k)) {
        k++;
        continue;
      }
      k = this.sequenceAt(k);
    }
    return this.out;
  }

  private handleAt(k: number): number {
    const at = this.toks.at(k)!;
    if (k > 0 && this.glued(k - 1, k) && this.toks.kind(k - 1) !== 'punct') return k + 1; // an e-mail address
    let e = k + 1;
    while (e < this.toks.length && this.glued(e - 1, e)) {
      const t = this.toks.at(e)!;
      if (t.kind === 'word' || t.kind === 'number' || t.text === '_') e++;
      else break;
    }
    if (e === k + 1 || this.toks.kind(k + 1) === 'punct') return k + 1;
    const start = at.start;
    const end = this.toks.end(e - 1);
    const text = this.text.slice(start, end);
    this.out.push({ kind: at.text === '@' ? 'handle' : 'hashtag', text, start, end, key: nameKey(text.slice(1)), sentenceInitial: false });
    return e;
  }

  /** Collects a capitalized sequence starting at k, splits it, emits mentions; returns the next token index. */
  private sequenceAt(k0: number): number {
    // 1. collect tokens of the raw sequence: capitalized words, dotted initials, connectors between them
    const parts: Part[] = [];
    let overflow = false;
    const add = (p: Part) => {
      if (parts.length >= MAX_SEQUENCE) overflow = true;
      else parts.push(p);
    };
    let k = k0;
    for (;;) {
      const d = this.dottedEnd(k);
      if (d > 0) {
        add({ k, end: d });
        k = d;
      } else if (this.isCap(k)) {
        add({ k, end: k + 1 });
        k++;
        // a possessive ends the name
        if (possessiveEnd(this.toks.at(k - 1)!) !== this.toks.end(k - 1)) break;
      } else break;
      if (k >= this.toks.length) break;
      // next: directly another capitalized word, or up to two connectors then a capitalized word
      if (this.near(k - 1, k) && (this.isCap(k) || this.dottedEnd(k) > 0)) continue;
      let c = k;
      let connectors = 0;
      // Institution names also join with `and`/`y`/`para` (`Centers for Disease Control and Prevention`,
      // `Centros para el Control y la Prevención`); person and place names do not (`Petro and Trump`).
      const institution = parts.some((q) => q.end - q.k === 1 && isInstitutionWord(this.fold(q.k)));
      while (connectors < 2 && this.toks.at(c)! && this.toks.kind(c) === 'word' &&
        (NAME_CONNECTORS.has(this.toks.text(c)) || (institution && INSTITUTION_CONNECTORS.has(this.toks.text(c)))) && this.near(c - 1, c)) {
        c++;
        connectors++;
      }
      if (connectors > 0 && this.near(c - 1, c) && this.isCap(c) && this.toks.text(c).length > 1) {
        for (let x = k; x < c; x++) add({ k: x, end: x + 1 });
        k = c;
        continue;
      }
      break;
    }
    // A run this long is a title-case or all-caps line, not a name: no mention is taken from it.
    if (overflow) return Math.max(k, k0 + 1);
    // 2. split into mentions at titles, demonyms, calendar words and (sentence-initial) function words
    let cur: Part[] = [];
    const flush = () => {
      // trim connectors at both ends
      while (cur.length > 0 && this.isConnector(cur[0])) cur.shift();
      while (cur.length > 0 && this.isConnector(cur[cur.length - 1])) cur.pop();
      if (cur.length > 0) this.emit(cur);
      cur = [];
    };
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p];
      // multi-word titles
      let phraseLen = 0;
      for (let len = Math.min(4, parts.length - p); len >= 2; len--) {
        const phrase = parts.slice(p, p + len).map((q) => this.fold(q.k)).join(' ');
        if (TITLE_PHRASES.has(phrase)) {
          phraseLen = len;
          break;
        }
      }
      if (phraseLen > 0) {
        flush();
        p += phraseLen - 1;
        continue;
      }
      if (part.end - part.k === 1) {
        const w = this.fold(part.k);
        const raw = this.toks.text(part.k);
        const isFirst = cur.length === 0 && part.k === k0;
        const single = raw.length === 1 && !(cur.length > 0); // "I", a lone initial
        if (DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)))) {
          // `European Union`, `American Airlines`: a demonym before an ordinary capitalized word is part of a name;
          // before a title or nothing (`Colombian President …`, `Spanish outlet`) it is dropped, and a sequence it
          // ends (`South American`, `Latin American`) is an adjective, not a name.
          const nx = parts[p + 1];
          const nw = nx && nx.end - nx.k === 1 ? this.fold(nx.k) : '';
          const keep = nx && !this.isConnector(nx) && !TITLES.has(nw) && !DEMONYMS.has(nw) && !CALENDAR_WORDS.has(nw);
          if (keep) {
            cur.push(part);
            continue;
          }
          // the adjectival compound is what follows the last connector (`… and South American`)
          let lastConnector = -1;
          for (let x = cur.length - 1; x >= 0; x--) {
            if (this.isConnector(cur[x])) {
              lastConnector = x;
              break;
            }
          }
          cur = cur.slice(0, Math.max(0, lastConnector));
          flush();
          continue;
        }
        if (TITLES.has(w) || CALENDAR_WORDS.has(w) || NEWS_LABELS.has(w) && isAllCaps(raw) || single ||
          /^\p{Lu}-\p{Ll}/u.test(raw) || /^\p{Lu}[\p{L}]*-\p{Ll}{3,}$/u.test(raw) ||
          (isFirst && this.sentenceInitial(part.k) && CAPITALIZED_FUNCTION_WORDS.has(w) && !this.capsArticle(parts, p))) {
          flush();
          continue;
        }
      }
      cur.push(part);
    }
    flush();
    return Math.max(k, k0 + 1);
  }

  /** `EL PAÍS`: an all-caps article before another all-caps word is part of the name. */
  private capsArticle(parts: Part[], p: number): boolean {
    const raw = this.toks.text(parts[p].k);
    const next = parts[p + 1];
    return raw.length >= 2 && isAllCaps(raw) && !!next && isAllCaps(this.toks.text(next.k)) &&
      ['el', 'la', 'los', 'las', 'the'].includes(this.fold(parts[p].k));
  }

  private isConnector(p: Part): boolean {
    const t = this.toks.at(p.k)!;
    return p.end - p.k === 1 && t.kind === 'word' && !startsUpper(t.text);
  }

  private emit(parts: Part[]): void {
    const first = this.toks.at(parts[0].k)!;
    const lastTok = this.toks.at(parts[parts.length - 1].end - 1)!;
    const start = first.start;
    const end = lastTok.kind === 'word' ? possessiveEnd(lastTok) : lastTok.end;
    const text = this.text.slice(start, end);
    const initial = this.sentenceInitial(parts[0].k);
    const words = parts.filter((p) => !this.isConnector(p));
    let kind: NameKind = 'name';
    if (words.length === 1) {
      const p = words[0];
      const raw = this.toks.text(p.k);
      if (p.end - p.k > 1) kind = 'acronym';
      else if (isAllCaps(raw) && raw.length <= 6 && raw.length >= 2) kind = 'acronym';
      else if (initial) {
        // a lone sentence-initial word that also occurs in lowercase, or reads like a common English word
        const w = this.fold(p.k);
        if (this.lowerSeen.has(w) || CAPITALIZED_FUNCTION_WORDS.has(w) || COMMON_WORD_SHAPE.test(w) && w.length > 5) return;
        // Spanish verbs opening a sentence: Viajó, Anunció, Llegaron (accents matter: fold() removed them)
        if (/[óé]$/u.test(raw) && raw.length >= 5 && raw !== raw.toUpperCase()) return;
        if (isAllCaps(raw) && raw.length > 6 && this.lowerSeen.has(w)) return;
      }
      if (NEWS_LABELS.has(this.fold(p.k)) && isAllCaps(raw)) return;
    }
    this.out.push({ kind, text, start, end, key: nameKey(text), sentenceInitial: initial });
  }
}

/**
 * Finds candidate named entities: capitalized sequences (`Gustavo Petro`, `Casa de Nariño`), acronyms
 * (`FARC`, `U.S.`, `EE. UU.`), handles (`@jdquesada`) and hashtags, with exact offsets. Titles and demonyms
 * before a name are left out (`Colombian President Gustavo Petro` → `Gustavo Petro`), and so are months,
 * weekdays, news labels (`EXCLUSIVA`) and capitalized function words that open a sentence (`The`, `Según`).
 * URLs are skipped, and so are runs of more than 16 capitalized words and particles (title-case or all-caps
 * headlines, where capitals say nothing about names). A candidate is not proof of a name: sentence-initial mentions carry `sentenceInitial`.
 * Never throws on odd text; linear time.
 *
 * @param text - the text to scan.
 * @param options - `lang`: `en`, `es` or `auto` (default); the word lists cover both languages.
 * @throws CotejoError `INVALID_INPUT` if `text` is not a string; `INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * extractNames('Colombian President Gustavo Petro spoke with @ElPaisAmericaCo.').map((m) => m.text);
 * // ['Gustavo Petro', '@ElPaisAmericaCo']
 * ```
 */
export function extractNames(text: string, options?: ExtractNamesOptions): NameMention[] {
  checkLexOptions(text, options, 'extractNames');
  if (text.length === 0) return [];
  return new NameScanner(text, scanTokens(text)).run();
}
