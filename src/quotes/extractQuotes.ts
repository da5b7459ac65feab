/**
 * Quotation extraction: finds every quotation in English, Spanish or mixed text, with exact offsets, its marks,
 * its language, what kind of quotation it is and who is quoted.
 * @module
 */
import { assertNumberInRange, assertOneOf, CotejoError } from '../CotejoError.js';
import type { Lang, Sentence, Span } from '../types.js';
import { detectQuoteLanguage } from './extract/detectQuoteLanguage.js';
import {
  attributionAfter,
  attributionBefore,
  attributionInInterjection,
  type Attribution,
  type AttributionCue,
  type SpeakerMention,
} from './extract/findAttribution.js';
import { findParagraphs, paragraphAt, type Paragraph } from './extract/paragraphs.js';
import { PersonRegistry } from './extract/PersonRegistry.js';
import { RESOLVABLE_PRONOUNS, ROLE_NOUNS, SPEECH_NOUNS } from './extract/reportingWords.js';
import { scanDialogue } from './extract/scanDialogue.js';
import { scanQuoteMarks, type RawQuote } from './extract/scanQuoteMarks.js';
import { sentenceEndAfter, sentenceStartBefore } from './extract/sentenceBounds.js';
import { textFromSentences } from './extract/textFromSentences.js';
import { isSpace, isUpper, isWordChar, tokenizeContext, type ContextToken } from './extract/tokenizeContext.js';

export type { AttributionCue } from './extract/findAttribution.js';

/**
 * What a quotation is:
 * - `direct`: a full quoted sentence or clause (`Petro said: “…”`, `“…,” Petro said.`), attributed or not
 *   (an unattributed one has `speaker: null` and `attribution: null`);
 * - `partial`: a quoted fragment embedded in the reporter's own sentence and attributed to someone
 *   (`Petro admitted he feared being “extracted”`);
 * - `scare`: a short quoted word or phrase with no speaker, the writer's own (`the diplomatic “breakthrough”`);
 * - `dialogue`: a turn of Spanish dash dialogue (`—No lo sé —dijo—.`) or of a Q&A interview (`P. ¿…?`, `R. …`).
 */
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'dialogue';

/** The marks around a quotation as typed: `{ open: '“', close: '”' }`; `close` is null when it is never closed. */
export interface QuoteMarks {
  /** Opening mark (`“`, `«`, `"`, `‘`…), the dialogue dash (`—`) or the Q&A label (`P.`, `Respuesta.`). */
  open: string;
  /** Closing mark, or null for an unclosed quotation and for dialogue turns (which have none). */
  close: string | null;
}

/**
 * A quotation. `text`/`start`/`end` are the quoted words without the marks (`text === input.slice(start, end)`);
 * a quotation that runs over several paragraphs (or a dialogue turn cut by the narrator) spans them all, and
 * `parts` lists the quoted pieces alone.
 */
export interface Quote extends Span {
  /** Language of the quoted words: from their own function words, else the surrounding sentence's. */
  lang: Lang;
  /** What kind of quotation this is. */
  kind: QuoteKind;
  /** The marks as typed. */
  marks: QuoteMarks;
  /** The span with its marks (for dialogue: from the dash or label to the end of the last spoken piece). */
  outer: { start: number; end: number };
  /**
   * The quoted pieces, without reopening marks or the narrator's interjections: one per paragraph of a
   * multi-paragraph quotation, one per spoken piece of a dialogue turn, else a single span equal to the quote.
   */
  parts: Span[];
  /** Number of words quoted. */
  words: number;
  /**
   * Who is quoted, as the text names them, resolved to the fullest name the text uses for that person
   * (`Gustavo Petro` for `Petro`, `President Petro`, `he`; `Donald Trump` for `the U.S. president`); a role
   * the text does not tie to one person stays as written (`the president`); null when there is no attribution
   * or it is a pronoun the text does not make clear.
   */
  speaker: string | null;
  /** Where the speaker is named for this quotation (the name, pronoun or descriptor), or null. */
  speakerSpan: Span | null;
  /** How the attribution was found, or null when there is none. */
  attribution: AttributionCue | null;
  /**
   * Who relays the quoted words when the attribution is nested in another reported clause
   * (`Petro stated that … the U.S. president told him he had been “…”`: speaker Trump, reportedBy Petro), or null.
   */
  reportedBy: string | null;
  /** Index (in the returned array) of the quotation this one is nested in, or null for a top-level quotation. */
  parent: number | null;
}

/** Options of {@link extractQuotes}. */
export interface ExtractQuotesOptions {
  /** Drop quotations with fewer words than this. Default 1 (one-word quotes such as “froze” are kept). */
  minWords: number;
  /**
   * Language of the document, used when neither a quotation's words nor its sentence tell (`'auto'`: detect it
   * from the whole text). Default `'auto'`.
   */
  lang: Lang | 'auto';
  /** Keep quotations whose words are Spanish (the Spanish sources embedded in an English article). Default true. */
  includeSpanish: boolean;
  /** Keep quotations whose words are English. Default true. */
  includeEnglish: boolean;
  /** Find Spanish dash dialogue and Q&A turns. Default true. */
  dialogue: boolean;
  /** Keep quotations nested inside other quotations. Default true. */
  nested: boolean;
  /** Keep quotations that are never closed. Default true. */
  includeUnclosed: boolean;
  /** Find speakers (attribution). Off, every quotation has `speaker: null` and is classified without it. Default true. */
  speakers: boolean;
  /** How many characters of narration to read on each side of a quotation for its speaker (50–5000). Default 400. */
  contextChars: number;
}

/** Default options of {@link extractQuotes}. */
export const DEFAULT_EXTRACT_QUOTES_OPTIONS: Readonly<ExtractQuotesOptions> = Object.freeze({
  minWords: 1,
  lang: 'auto',
  includeSpanish: true,
  includeEnglish: true,
  dialogue: true,
  nested: true,
  includeUnclosed: true,
  speakers: true,
  contextChars: 400,
});

const BOOLEAN_OPTIONS = ['includeSpanish', 'includeEnglish', 'dialogue', 'nested', 'includeUnclosed', 'speakers'] as const;

/**
 * The quotation just before quote `i` at the same level that has a speaker and that `i` may continue (within 200
 * characters, in the same paragraph, not a dialogue turn), or -1.
 */
function attributedSibling(ctx: Context, i: number, speakers: readonly ({ speaker: string | null } | undefined)[]): number {
  const k = ctx.siblingIndex[i];
  if (k <= 0) return -1;
  const p = ctx.parent[i];
  const sibs = p === null ? ctx.children[ctx.children.length - 1] : ctx.children[p];
  const prev = sibs[k - 1];
  const q = ctx.quotes[i];
  const close = q.outerStart - ctx.quotes[prev].outerEnd <= 200;
  const sameParagraph = !/\n\s*\n/u.test(ctx.text.slice(ctx.quotes[prev].outerEnd, q.outerStart));
  return speakers[prev]?.speaker && close && sameParagraph && ctx.quotes[prev].family !== 'dialogue' ? prev : -1;
}

/** Whether the sentence right after `from` is short (at most four words before its end): an attribution alone. */
function shortSentenceAfter(text: string, from: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = from; k < text.length && k < from + 200; k++) {
    const c = text[k];
    if (c === '.' || c === '!' || c === '?' || c === '\n') return words <= 4;
    const w = /[\p{L}\p{N}]/u.test(c);
    if (w && !inWord) words++;
    inWord = w;
    if (words > 4) return false;
  }
  return words <= 4;
}

function resolveOptions(options: Partial<ExtractQuotesOptions> | undefined): ExtractQuotesOptions {
  if (options === undefined) return { ...DEFAULT_EXTRACT_QUOTES_OPTIONS };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CotejoError('INVALID_OPTION', 'options must be an object such as { minWords: 2 }, or left out.', 'options');
  }
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_EXTRACT_QUOTES_OPTIONS)) {
      throw new CotejoError(
        'INVALID_OPTION',
        `Unknown option ${JSON.stringify(key)}; extractQuotes accepts ${Object.keys(DEFAULT_EXTRACT_QUOTES_OPTIONS).join(', ')}.`,
        `options.${key}`,
      );
    }
  }
  const o = { ...DEFAULT_EXTRACT_QUOTES_OPTIONS, ...options } as ExtractQuotesOptions;
  assertNumberInRange(o.minWords, 0, 1000, 'options.minWords');
  if (!Number.isInteger(o.minWords)) {
    throw new CotejoError('INVALID_OPTION', `options.minWords must be a whole number, got ${o.minWords}.`, 'options.minWords');
  }
  assertOneOf(o.lang, ['auto', 'en', 'es', 'und'], 'options.lang');
  for (const key of BOOLEAN_OPTIONS) {
    if (typeof o[key] !== 'boolean') {
      throw new CotejoError('INVALID_OPTION', `options.${key} must be true or false, got ${JSON.stringify(o[key])}.`, `options.${key}`);
    }
  }
  assertNumberInRange(o.contextChars, 50, 5000, 'options.contextChars');
  return o;
}

/** Verbs that take a turn in an exchange (a question and its answer). */
const TURN_VERBS = new Set([
  'asked', 'asks', 'replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'retorted', 'countered',
  'shot', 'interrupted', 'preguntó', 'pregunta', 'respondió', 'responde', 'contestó', 'contesta', 'replicó',
  'replica', 'interrumpió',
]);

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_RE)) n++;
  return n;
}

function hasWordChar(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (/[\p{L}\p{N}]/u.test(text[i])) return true;
  return false;
}

/** Keeps quotes that nest properly (drops one that crosses an earlier one) and computes parents. */
function nest(raw: RawQuote[]): { quotes: RawQuote[]; parent: (number | null)[] } {
  raw.sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  const quotes: RawQuote[] = [];
  const parent: (number | null)[] = [];
  const stack: number[] = [];
  for (const q of raw) {
    while (stack.length && quotes[stack[stack.length - 1]].outerEnd <= q.outerStart) stack.pop();
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (top >= 0) {
      const p = quotes[top];
      if (q.outerEnd > p.outerEnd) continue; // crosses its would-be parent
      if (q.outerStart === p.outerStart && q.outerEnd === p.outerEnd) continue; // duplicate span
    }
    parent.push(top >= 0 ? top : null);
    quotes.push(q);
    stack.push(quotes.length - 1);
  }
  return { quotes, parent };
}

interface Context {
  text: string;
  paragraphs: Paragraph[];
  quotes: RawQuote[];
  parent: (number | null)[];
  children: number[][];
  siblingIndex: number[];
  registry: () => PersonRegistry;
  docLang: Lang;
  sentenceLang: ((pos: number) => Lang | undefined) | null;
  options: ExtractQuotesOptions;
}

/** How many neighbouring quotations on each side the narration around a quotation may span. */
const MAX_NEIGHBOURS = 4;

/**
 * Sibling quote spans within [from, to) (to mask them out of the narration), and the window narrowed so that it
 * spans at most {@link MAX_NEIGHBOURS} sibling quotations on each side (keeps quote-dense text fast).
 */
function siblingMasks(ctx: Context, i: number, from: number, to: number): { masks: { start: number; end: number }[]; from: number; to: number } {
  const p = ctx.parent[i];
  const sibs = p === null ? ctx.children[ctx.children.length - 1] : ctx.children[p];
  const k = ctx.siblingIndex[i];
  const out: { start: number; end: number }[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const q = ctx.quotes[sibs[j]];
    if (q.outerEnd <= from) break;
    if (k - j > MAX_NEIGHBOURS) {
      from = Math.max(from, q.outerEnd);
      break;
    }
    out.push({ start: Math.max(from, q.outerStart), end: q.outerEnd });
  }
  out.reverse();
  for (let j = k + 1; j < sibs.length; j++) {
    const q = ctx.quotes[sibs[j]];
    if (q.outerStart >= to) break;
    if (j - k > MAX_NEIGHBOURS) {
      to = Math.min(to, q.outerStart);
      break;
    }
    out.push({ start: q.outerStart, end: Math.min(to, q.outerEnd) });
  }
  return { masks: out, from, to };
}

function endsClause(text: string, q: RawQuote): boolean {
  const last = q.parts[q.parts.length - 1];
  let e = last.end;
  while (e > last.start && isSpace(text[e - 1])) e--;
  return e > last.start && ',.!?…;'.includes(text[e - 1]);
}

function startsUpper(text: string, q: RawQuote, digits = true): boolean {
  const first = q.parts[0];
  for (let i = first.start; i < first.end && i < first.start + 8; i++) {
    const c = text[i];
    if (/[\p{L}\p{N}]/u.test(c)) return isUpper(c) || (digits && /\p{N}/u.test(c));
    if (c === '¿' || c === '¡') return true;
  }
  return false;
}

/** `Trump’s “America First” slogan` / `his “reform” claim`: the owner right before the quoted phrase. */
function ownerRightBefore(ctx: Context, before: readonly ContextToken[]): Attribution | null {
  const t = before[before.length - 1];
  if (!t || t.kind !== 'w') return null;
  if (t.possessive && t.cap) return { mention: { kind: 'name', start: t.start, end: t.start + t.text.length, name: t.text }, cue: 'possessive' };
  if (t.lower === 'his' || t.lower === 'her' || t.lower === 'su') return { mention: { kind: 'pronoun', start: t.start, end: t.end }, cue: 'possessive' };
  return null;
}

interface Resolved {
  speaker: string | null;
  span: Span | null;
}

function resolveMention(ctx: Context, m: SpeakerMention): Resolved {
  const span: Span = { text: ctx.text.slice(m.start, m.end), start: m.start, end: m.end };
  const reg = ctx.registry();
  if (m.kind === 'name') {
    const name = m.name ?? span.text;
    const person = reg.lookup(name);
    return { speaker: person ? person.name : name.replace(/['’]s$/u, ''), span };
  }
  if (m.kind === 'pronoun') {
    if (!RESOLVABLE_PRONOUNS.has(span.text.toLowerCase())) return { speaker: null, span };
    const s = sentenceStartBefore(ctx.text, m.start, Math.max(0, m.start - ctx.options.contextChars));
    const lower = span.text.toLowerCase();
    const gender = lower === 'she' || lower === 'her' || lower === 'ella' ? 'f' : lower === 'he' || lower === 'him' || lower === 'his' || lower === 'él' ? 'm' : undefined;
    return { speaker: reg.resolvePronoun(m.start, s, ctx.options.contextChars + 200, gender)?.name ?? null, span };
  }
  if (m.role && ROLE_NOUNS.has(m.role)) {
    const person = reg.resolveDescriptor(m.role, m.places ?? [], m.start);
    if (person) return { speaker: person.name, span };
  }
  return { speaker: span.text, span };
}

interface Classified {
  lang: Lang;
  kind: QuoteKind;
  attribution: Attribution | null;
  clause: boolean;
  inheritedFrom: number | null;
  /** The attribution comes from the previous sentence (a reported sentence the quote continues). */
  inheritedContext?: boolean;
  /** Words quoted. */
  words: number;
}

function classify(ctx: Context, i: number, speakers: (Resolved & { reportedBy: string | null })[]): Classified {
  const { text, quotes, options } = ctx;
  const q = quotes[i];
  const quoted = q.parts.map((p) => text.slice(p.start, p.end)).join(' ');
  const p = ctx.parent[i];
  const lo = p === null ? ctx.paragraphs[paragraphAt(ctx.paragraphs, q.outerStart)].start : quotes[p].parts[0].start;
  const hi = p === null
    ? ctx.paragraphs[paragraphAt(ctx.paragraphs, Math.max(q.outerStart, q.outerEnd - 1))].end
    : quotes[p].parts[quotes[p].parts.length - 1].end;
  const near = siblingMasks(ctx, i, Math.max(lo, q.outerStart - options.contextChars), Math.min(hi, q.outerEnd + options.contextChars));
  const sStart = sentenceStartBefore(text, q.outerStart, near.from);
  // The narration after starts past the closing mark's own punctuation: in `“…?” Zubeldia asked.` the `?”`
  // does not end the sentence.
  let afterStart = q.outerEnd;
  while (afterStart < hi && text[afterStart] === ' ') afterStart++;
  const sEnd = sentenceEndAfter(text, afterStart, near.to);
  const masks = near.masks
    .filter((m) => m.end > sStart && m.start < sEnd)
    .map((m) => ({ start: Math.max(m.start, sStart), end: Math.min(m.end, sEnd) }));
  const before = tokenizeContext(text, sStart, q.outerStart, masks);
  const after = tokenizeContext(text, q.outerEnd, sEnd, masks);

  const contextLang =
    ctx.sentenceLang?.(q.outerStart) ??
    detectQuoteLanguage(
      text.slice(sStart, q.outerStart) + ' ' + text.slice(q.outerEnd, sEnd),
      p === null ? ctx.docLang : 'und',
    );
  const lang = detectQuoteLanguage(quoted, contextLang === 'und' ? ctx.docLang : contextLang);

  if (q.family === 'dialogue') {
    let attribution: Attribution | null = null;
    if (options.speakers) {
      for (const inter of q.interjections ?? []) {
        const toks = tokenizeContext(text, inter.start + 1, inter.end);
        attribution = attributionInInterjection(text, toks);
        if (attribution) break;
      }
    }
    return { lang, kind: 'dialogue', attribution, clause: true, inheritedFrom: null, words: countWords(quoted) };
  }

  const narrationBefore = before.some((t) => t.kind === 'w' || t.kind === 'q');
  const firstAfter: ContextToken | undefined = after[0];
  const clauseEnd = endsClause(text, q);
  const colonIntro = before.length > 0 && before[before.length - 1].text === ':';
  let attribution: Attribution | null = null;
  let inheritedFrom: number | null = null;
  let inheritedContext = false;
  if (options.speakers) {
    const postAllowed = !narrationBefore || clauseEnd || (firstAfter !== undefined && firstAfter.kind === 'p' && ',—–'.includes(firstAfter.text));
    const post = postAllowed ? attributionAfter(text, after) : null;
    // A quoted phrase that modifies a noun of saying (`the “safest state” claim`, `his “America First” slogan`)
    // names the phrase: only an owner right before it (`Trump’s`, `his`) says whose it is.
    const namesPhrase = narrationBefore && firstAfter?.kind === 'w' && SPEECH_NOUNS.has(firstAfter.lower) && !clauseEnd;
    const pre = namesPhrase ? ownerRightBefore(ctx, before) : attributionBefore(text, before);
    // A quote that ends its sentence inside the marks (`Borrell said that “… partner.” China has also called …`)
    // is followed by a new sentence: a reporting verb there is that sentence's, not this quote's.
    const endsInside = /[.!?…]\s*$/u.test(quoted) && firstAfter?.kind === 'w' && firstAfter.cap;
    const newSentenceAfter = pre !== null && endsInside;
    // After another attributed quote (`“A,” Whitlock said. “B.” Kessler said the company…`), a sentence that
    // follows and reports more than the attribution (`Kessler said the company was ready`) is a new statement:
    // the quote continues the previous speaker (below). `“B.” Kessler said.` is still Kessler's.
    const continues = !narrationBefore && endsInside && !shortSentenceAfter(text, q.outerEnd) && attributedSibling(ctx, i, speakers) >= 0;
    attribution = clauseEnd && post && !newSentenceAfter && !continues ? post : namesPhrase ? pre : pre ?? (continues ? null : post);
    if (!attribution && !narrationBefore) {
      // The sentence (or paragraph) before ends with a colon: `Petro said:` / `Petro, in the interview:`
      let e = sStart;
      while (e > 0 && isSpace(text[e - 1])) e--;
      if (e > 0 && text[e - 1] === ':' && p === null) {
        const floor = Math.max(0, ctx.paragraphs[paragraphAt(ctx.paragraphs, e - 1)].start, e - options.contextChars);
        const ps = sentenceStartBefore(text, e - 1, floor);
        attribution = attributionBefore(text, tokenizeContext(text, ps, e));
      }
    }
    if (!attribution && !narrationBefore && (startsUpper(text, q) || clauseEnd) && p === null) {
      // A quote standing as its own sentence after a reported sentence of the same paragraph continues that
      // speaker: `Quispe said that was for the president to decide. “I am here to finish the budget.”`
      const para = ctx.paragraphs[paragraphAt(ctx.paragraphs, q.outerStart)];
      let e = sStart;
      while (e > para.start && isSpace(text[e - 1])) e--;
      if (e > para.start) {
        const ps = sentenceStartBefore(text, e - 1, Math.max(para.start, e - options.contextChars));
        const prevWindow = siblingMasks(ctx, i, ps, e);
        const prevTokens = tokenizeContext(text, prevWindow.from, prevWindow.to, prevWindow.masks);
        const prevAttr = attributionBefore(text, prevTokens);
        if (prevAttr && !prevTokens.some((t) => t.kind === 'q')) {
          attribution = prevAttr;
          inheritedContext = true;
        }
      }
    }
    if (!attribution && !narrationBefore && (startsUpper(text, q) || clauseEnd)) {
      // A quote that opens its sentence right after another attributed quote continues it: “A,” he said. “B.”
      const prev = attributedSibling(ctx, i, speakers);
      if (prev >= 0) {
        inheritedFrom = prev;
        attribution = null;
      }
    }
  }
  const words = countWords(quoted);
  const clause =
    colonIntro ||
    (!narrationBefore && (startsUpper(text, q) || clauseEnd)) ||
    (startsUpper(text, q, false) && (clauseEnd || words >= 5));
  let kind: QuoteKind;
  if (attribution || inheritedFrom !== null) kind = clause ? 'direct' : 'partial';
  else if (clause && words >= 3) kind = 'direct';
  else if (words <= 4) kind = 'scare';
  else kind = 'partial';
  return { lang, kind, attribution, clause, inheritedFrom, inheritedContext, words };
}

/**
 * Extracts every quotation from `input` (raw text, or the sentences `segment()` returned for it).
 *
 * Quote marks “ ” „ ‘ ’ « » ‹ › " ' are matched on the raw text, so a quotation can run over sentences and
 * paragraphs (English convention: no closing mark until the last paragraph, each paragraph reopens with “;
 * Spanish: each reopens with » or «). Apostrophes (`Petro’s`, `don't`, `rock ’n’ roll`, `the ’90s`) are never
 * quote marks. Spanish dash dialogue (`—No lo sé —dijo Petro—.`) and Q&A turns (`P. ¿…?` / `R. …`) are
 * `dialogue` quotations whose `parts` leave out the narrator's interjections. Nested quotations
 * (`«… “…” …»`) are returned too, with `parent` pointing at the enclosing one; quotations never cross.
 *
 * The speaker comes from reporting verbs in English and Spanish (`said`, `told`, `according to`, `dijo`,
 * `afirmó`, `según`…) before or after the quotation, from nouns of saying with an owner (`Trump’s
 * characterization of him as a “sick man”`), from a name before a colon, and from the previous quotation when
 * a quotation continues it. Pronouns (`he`, `ella`) resolve to the person the text has just named; roles
 * (`the U.S. president`) to the only person the text gave that title.
 *
 * Never throws on odd text (empty, unclosed or mismatched marks, 1 MB quotations, lone surrogates): it returns
 * what it found, in time linear in the input. Throws `CotejoError` (`INVALID_INPUT`) when `input` is neither a
 * string nor an array of sentences, and (`INVALID_OPTION`) for unknown or out-of-range options.
 *
 * @param input the text, or its sentences (offsets into the original text; gaps are read as spaces)
 * @param options see {@link ExtractQuotesOptions}; defaults in {@link DEFAULT_EXTRACT_QUOTES_OPTIONS}
 * @returns the quotations in order of their opening mark (outer before nested)
 *
 * @example
 * ```ts
 * const quotes = extractQuotes('Petro said the call “froze” the threat.');
 * quotes[0]; // { text: 'froze', kind: 'partial', speaker: 'Petro', lang: 'en', … }
 * ```
 */
export function extractQuotes(input: string | readonly Sentence[], options?: Partial<ExtractQuotesOptions>): Quote[] {
  let text: string;
  let sentences: readonly Sentence[] | null = null;
  if (typeof input === 'string') text = input;
  else if (Array.isArray(input)) {
    sentences = input as readonly Sentence[];
    text = textFromSentences(sentences);
  } else {
    throw new CotejoError(
      'INVALID_INPUT',
      `input must be the text (a string) or the sentences segment() returned, got ${input === null ? 'null' : typeof input}.`,
      'input',
    );
  }
  const opts = resolveOptions(options);
  if (text.length === 0) return [];

  const paragraphs = findParagraphs(text);
  // Quotations with no letter or digit are not quotations (`“”`, `« »`). For long texts, one backwards pass gives
  // the next word character after every offset, so deeply nested spans are not rescanned.
  let nextWord: Int32Array | null = null;
  const anyWord = (s: number, e: number): boolean => {
    if (e - s < 256) return hasWordChar(text, s, e);
    if (!nextWord) {
      nextWord = new Int32Array(text.length + 1);
      nextWord[text.length] = text.length;
      for (let i = text.length - 1; i >= 0; i--) nextWord[i] = isWordChar(text[i]) ? i : nextWord[i + 1];
    }
    return nextWord[s] < e;
  };
  const found = scanQuoteMarks(text, paragraphs).filter((q) => q.parts.some((p) => anyWord(p.start, p.end)));
  if (opts.dialogue) for (const d of scanDialogue(text, paragraphs)) found.push(d);
  if (found.length === 0) return [];
  const { quotes, parent } = nest(found);

  const children: number[][] = quotes.map(() => []);
  children.push([]); // top level
  const siblingIndex: number[] = [];
  quotes.forEach((_, i) => {
    const list = parent[i] === null ? children[quotes.length] : children[parent[i]!];
    siblingIndex.push(list.length);
    list.push(i);
  });

  let registry: PersonRegistry | undefined;
  const topSpans = children[quotes.length].map((i) => ({ start: quotes[i].outerStart, end: quotes[i].outerEnd }));
  const sentenceLang = sentences
    ? (pos: number): Lang | undefined => {
        const s = sentences!;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (s[mid].start <= pos) lo = mid;
          else hi = mid - 1;
        }
        const hit = s[lo];
        return hit && hit.start <= pos && pos < hit.end && hit.lang !== 'und' ? hit.lang : undefined;
      }
    : null;
  const ctx: Context = {
    text,
    paragraphs,
    quotes,
    parent,
    children,
    siblingIndex,
    registry: () => (registry ??= new PersonRegistry(text, topSpans)),
    docLang: opts.lang !== 'auto' ? opts.lang : detectQuoteLanguage(text.length > 200_000 ? text.slice(0, 200_000) : text, 'und'),
    sentenceLang,
    options: opts,
  };

  const speakers: (Resolved & { reportedBy: string | null })[] = [];
  const classified: Classified[] = [];
  quotes.forEach((_, i) => {
    const c = classify(ctx, i, speakers);
    classified.push(c);
    if (c.inheritedFrom !== null) {
      speakers.push({ ...speakers[c.inheritedFrom] });
    } else if (c.attribution) {
      const r = resolveMention(ctx, c.attribution.mention);
      const rb = c.attribution.reportedBy ? resolveMention(ctx, c.attribution.reportedBy).speaker : null;
      speakers.push({ ...r, reportedBy: rb !== r.speaker ? rb : null });
    } else speakers.push({ speaker: null, span: null, reportedBy: null });
  });

  // An exchange of turns in quotes (`“…?” Zubeldia asked.` / `“…,” Arguedas replied.`): adjacent direct quotes
  // attributed with turn-taking verbs to different speakers are dialogue turns.
  const top = children[quotes.length];
  for (let k = 0; k + 1 < top.length; k++) {
    const a = top[k];
    const b = top[k + 1];
    const ca = classified[a];
    const cb = classified[b];
    if (ca.kind !== 'direct' || cb.kind !== 'direct') continue;
    if (!TURN_VERBS.has(ca.attribution?.verb ?? '') || !TURN_VERBS.has(cb.attribution?.verb ?? '')) continue;
    if (!speakers[a].speaker || !speakers[b].speaker || speakers[a].speaker === speakers[b].speaker) continue;
    const between = paragraphAt(paragraphs, quotes[b].outerStart) - paragraphAt(paragraphs, quotes[a].outerEnd);
    if (between > 2) continue;
    ca.kind = 'dialogue';
    cb.kind = 'dialogue';
  }

  // Filter, then re-point parents at the nearest kept ancestor.
  const keep = quotes.map((q, i) => {
    const c = classified[i];
    const words = c.words;
    if (words < Math.max(1, opts.minWords)) return false;
    if (!opts.includeSpanish && c.lang === 'es') return false;
    if (!opts.includeEnglish && c.lang === 'en') return false;
    if (!opts.nested && parent[i] !== null) return false;
    if (!opts.includeUnclosed && q.close === null && q.family !== 'dialogue') return false;
    return true;
  });
  const newIndex: number[] = [];
  const out: Quote[] = [];
  quotes.forEach((q, i) => {
    if (!keep[i]) return;
    let p = parent[i];
    while (p !== null && !keep[p]) p = parent[p];
    const c = classified[i];
    const sp = speakers[i];
    const start = q.parts[0].start;
    const end = q.parts[q.parts.length - 1].end;
    const parts = q.parts.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }));
    newIndex[i] = out.length;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      lang: c.lang,
      kind: c.kind,
      marks: { open: q.open, close: q.close },
      outer: { start: q.outerStart, end: q.outerEnd },
      parts,
      words: c.words,
      speaker: sp.speaker,
      speakerSpan: sp.span,
      attribution: c.inheritedFrom !== null || c.inheritedContext ? 'inherited' : (c.attribution?.cue ?? null),
      reportedBy: sp.reportedBy,
      parent: p === null ? null : newIndex[p],
    });
  });
  return out;
}
