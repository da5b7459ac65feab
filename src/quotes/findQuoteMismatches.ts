/**
 * Checks every English quotation against the Spanish passage it renders.
 * @module
 */
import { assertNumberInRange, assertOneOf, assertText, CotejoError } from '../CotejoError.js';
import type { Sentence, Span } from '../types.js';
import { segment } from '../segment/segment.js';
import { prepareBridgeSentence, type BridgeSentence } from '../lexicon/prepareBridgeSentence.js';
import { LOCALES, type Locale } from '../report/i18n.js';
import { buildSource, candidateUnits, subsetSource, type SourceModel, type SourceSubset } from './check/SourceModel.js';
import { clauseParts, contextLinks, DEFAULT_SOURCE_SEARCH, findSourceSpan, linkAgainstSource, type ContextLinks, type SourceMatch, type SourceSearchOptions, SPREAD_RATIO } from './check/findSourceSpan.js';
import { linkedRun, type LinkedRun } from './check/linkedRun.js';
import { quotedCounterpart } from './check/quotedCounterpart.js';
import { compareQuote, CONFIDENT_SCORE, DEFAULT_COMPARE } from './check/compareQuote.js';
import { makeFinding } from './check/makeFinding.js';
import { differentSpeakers } from './check/sourceSpeakers.js';
import { checkClaims } from './check/checkClaims.js';
import { quotationsOf, type QuoteToCheck } from './check/englishQuotes.js';
import { QUOTE_FINDING_TYPES, type QuoteCheck, type QuoteFinding, type QuoteReport } from './check/QuoteFinding.js';

export * from './check/QuoteFinding.js';

/** Options of {@link findQuoteMismatches}. */
export interface FindQuoteMismatchesOptions {
  /** Language of the findings' messages: `'en'` (default) or `'es'`. */
  locale?: Locale;
  /** Also check numbers, dates and names of aligned sentences outside quotations (`claims`). Default `true`. */
  claims?: boolean;
  /** Report `wording` findings (a content word rendered by a non-translation). Default `true`. */
  wording?: boolean;
  /**
   * Least share (0–1) of a quotation's words that a Spanish span must render to count as its source.
   * Lower finds more sources (and more false ones). Default `0.45`.
   */
  minCoverage?: number;
  /**
   * Longest quotation checked in full, in characters; a longer one is searched and compared on its first
   * `maxQuoteLength` characters (the report keeps its full offsets). Default `4000`.
   */
  maxQuoteLength?: number;
  /**
   * Source search by position (default `true`): a partial quote that shares no word with the source (“moved the
   * goalposts” for «cambiado las reglas a mitad del partido») takes the quoted passage in the same place of the
   * Spanish sentence its English sentence reports, and a long quote whose only match is scattered over more than
   * 1.6 times its length, rendering half of its words or fewer, is left unsourced. `false` keeps the word search
   * only (NTREX: source found 0.931 instead of 0.959; see EVALUATION.md).
   */
  positional?: boolean;
}

/** Defaults of {@link FindQuoteMismatchesOptions}. */
export const DEFAULT_FIND_QUOTE_MISMATCHES_OPTIONS: Readonly<Required<FindQuoteMismatchesOptions>> = Object.freeze({
  locale: 'en',
  claims: true,
  wording: true,
  minCoverage: DEFAULT_SOURCE_SEARCH.minCoverage,
  maxQuoteLength: 4000,
  positional: true,
});

function resolveOptions(options: FindQuoteMismatchesOptions | undefined): Required<FindQuoteMismatchesOptions> {
  if (options === undefined) return DEFAULT_FIND_QUOTE_MISMATCHES_OPTIONS;
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'options must be an object such as { locale: "es" }.', 'options');
  }
  const known = Object.keys(DEFAULT_FIND_QUOTE_MISMATCHES_OPTIONS);
  for (const k of Object.keys(options)) {
    if (!known.includes(k)) throw new CotejoError('INVALID_OPTION', `Unknown option '${k}'; known options: ${known.join(', ')}.`, `options.${k}`);
  }
  const o = { ...DEFAULT_FIND_QUOTE_MISMATCHES_OPTIONS, ...options };
  assertOneOf(o.locale, LOCALES, 'options.locale');
  for (const k of ['claims', 'wording', 'positional'] as const) {
    if (typeof o[k] !== 'boolean') throw new CotejoError('INVALID_OPTION', `options.${k} must be true or false, got ${JSON.stringify(o[k])}.`, `options.${k}`);
  }
  assertNumberInRange(o.minCoverage, 0, 1, 'options.minCoverage');
  assertNumberInRange(o.maxQuoteLength, 20, 10_000_000, 'options.maxQuoteLength');
  return o;
}

const SOURCE_KINDS = new Set(['sentence', 'heading']);
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** The index of the first sentence ending after `pos` (binary search). */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Checks every English quotation of `en` against its Spanish source and reports what differs.
 *
 * - `es`: the Spanish source text. Without it, the Spanish passages inside `en` are the sources (an English
 *   article that embeds the Spanish post it reports on); Spanish quotations inside `en` are then sources, not
 *   quotes to verify.
 * - For every English quote, the Spanish span it renders is searched anywhere in the source (sentences and
 *   clauses, scored by how many of the quote's words the span renders through the English–Spanish bridge); a
 *   short partial quote (“froze”) maps to the word(s) it renders in the source sentence that matches its English
 *   sentence. No span: status `unsourced` (an `info` finding, never an error).
 * - The quote and its span are compared: `number`, `date`, `entity`, `diacritics` (info), `negation`,
 *   `omission`, `addition`, `wording`, and `speaker` (the source's attribution: `dijo X`, `según X`,
 *   `X, cargo: “…”`, an embedded post's byline, interview turns).
 * - `claims`: number, date and name checks on English sentences outside quotes against the Spanish sentence they
 *   report.
 *
 * Offsets of quotes and English evidence are into `en`; of sources and Spanish evidence, into `es` (or into `en`
 * when it embeds the source). Never throws on odd text (empty, huge, unclosed quotes); throws `CotejoError`
 * (`INVALID_INPUT`) when `en` or `es` is not a string and (`INVALID_OPTION`) for bad options.
 *
 * @example
 * ```ts
 * const r = findQuoteMismatches('He said “21,000 families” were affected.', 'Dijo que «12.000 familias» resultaron afectadas.');
 * r.quotes[0].findings[0].type; // 'number'
 * ```
 */
export function findQuoteMismatches(en: string, es?: string, options?: FindQuoteMismatchesOptions): QuoteReport {
  assertText(en, 'en');
  if (es !== undefined) assertText(es, 'es');
  const o = resolveOptions(options);
  const enSentences = segment(en);
  const embedded = es === undefined;
  const src = embedded ? en : es;
  const srcAll = embedded ? enSentences : segment(src);
  const srcUnits = srcAll.filter((s) => SOURCE_KINDS.has(s.kind) && (!embedded || s.lang === 'es'));
  const source = buildSource(src, srcUnits, srcAll);

  // English quotes: not the Spanish passages (they are sources).
  const inSpanish = (q: Span): boolean => {
    if (!embedded) return false;
    const k = sentenceAt(enSentences, q.start);
    return enSentences[k] !== undefined && enSentences[k].lang === 'es' && enSentences[k].start <= q.start;
  };
  const quotes = quotationsOf(en).filter((q) => q.lang !== 'es' && !inSpanish(q) && /\p{L}|\p{N}/u.test(q.text));

  const ctxCache = new Map<string, BridgeSentence>();
  const checks: QuoteCheck[] = [];
  for (const q of quotes) checks.push(checkOne(q, en, enSentences, source, ctxCache, o, sharesSentence(q, quotes, enSentences)));
  // One Spanish passage reported as two English quotes (`“…easily,” he said. “We're not asking…”`): the next quote's
  // span, a later sentence inside this one's, is not this quote's source.
  for (let k = 0; k + 1 < checks.length; k++) {
    const end = splitPassageEnd(checks[k], checks[k + 1], source.text);
    if (end !== null) checks[k] = checkOne(quotes[k], en, enSentences, source, ctxCache, o, sharesSentence(quotes[k], quotes, enSentences), end);
  }

  const claims = o.claims && source.units.length > 0 ? checkClaims(en, enSentences, quotes, source, o.locale, ctxCache) : [];
  return { quotes: checks, claims };
}

/** A sentence end inside a quotation (`… answer. Who signed…`): a quote of several sentences. */
const SENTENCE_INSIDE = /[.!?…]["”’']?\s+["“‘']?\p{Lu}/u;

/** Candidate units searched for each quote or claim (by the fast approximate score), before exact scoring. */
const CANDIDATE_UNITS = 4;

/** The English context of a quote: the sentences it overlaps, prepared once. */
function contextFor(q: Span, en: string, sentences: readonly Sentence[], cache: Map<string, BridgeSentence>): BridgeSentence | null {
  if (sentences.length === 0) return null;
  const a = sentenceAt(sentences, q.start);
  const b = sentenceAt(sentences, Math.max(q.start, q.end - 1));
  const start = sentences[a].start;
  const end = sentences[b].end;
  if (end - start > 6000) return null;
  const key = `${start}:${end}`;
  let c = cache.get(key);
  if (!c) {
    c = prepareBridgeSentence(en.slice(start, end), 'en');
    cache.set(key, c);
  }
  return c;
}

/** The source restricted to the units most likely to render `texts` (and their neighbours). */
function searchSpace(source: SourceModel, texts: (BridgeSentence | null)[], neighbours: number): SourceSubset {
  const set = new Set<number>();
  for (const t of texts) if (t) for (const u of candidateUnits(t, source, CANDIDATE_UNITS)) set.add(u);
  const all = [...set];
  for (const u of all) {
    for (let d = 1; d <= neighbours; d++) {
      if (u - d >= 0) set.add(u - d);
      if (u + d < source.units.length) set.add(u + d);
    }
  }
  return subsetSource(source, [...set].sort((x, y) => x - y));
}

function checkOne(
  q: QuoteToCheck,
  en: string,
  sentences: readonly Sentence[],
  source: SourceModel,
  cache: Map<string, BridgeSentence>,
  o: Required<FindQuoteMismatchesOptions>,
  pieces = false,
  clipEnd?: number,
): QuoteCheck {
  const base = { text: q.text, start: q.start, end: q.end, speaker: q.speaker };
  const unsourced = (): QuoteCheck => ({
    ...base,
    source: null,
    status: 'unsourced',
    findings: [makeFinding('unsourced', { en: { text: q.text, start: q.start, end: q.end }, es: null }, o.locale)],
  });
  if (source.units.length === 0) return unsourced();
  // A very long quotation is searched and compared on its beginning.
  let checked: Span = { text: q.text, start: q.start, end: q.end };
  if (q.text.length > o.maxQuoteLength) {
    let cut = q.text.lastIndexOf(' ', o.maxQuoteLength);
    if (cut < o.maxQuoteLength / 2) cut = o.maxQuoteLength;
    checked = { text: q.text.slice(0, cut), start: q.start, end: q.start + cut };
  }
  const pq = prepareBridgeSentence(checked.text, 'en');
  const ctxPrep = contextFor(q, en, sentences, cache);
  const space = searchSpace(source, [pq, ctxPrep], Math.max(1, Math.ceil(pq.tokens.length / 25)));
  if (space.units.length === 0) return unsourced();
  const m = linkAgainstSource(pq, space);
  const ctx = ctxPrep ? contextLinks(ctxPrep, space) : null;
  const search = { ...DEFAULT_SOURCE_SEARCH, minCoverage: o.minCoverage, spreadRatio: o.positional ? SPREAD_RATIO : undefined };
  let match: SourceMatch | null = findSourceSpan(pq, m, ctx, space, search, !SENTENCE_INSIDE.test(checked.text));
  let part: { start: number; end: number } | undefined;
  if (!match) {
    const c = byClause(checked.text, pq, ctx, space, search, source);
    if (c) {
      match = c.match;
      part = { start: checked.start + c.start, end: checked.start + c.end };
    }
  }
  // A partial quote with no word in common with the source: the quoted passage in the same place of the Spanish
  // sentence its English sentence reports.
  if (o.positional && !match && sentences.length > 0) {
    const c = quotedCounterpart(checked, sentenceSpan(q, en, sentences), pq, ctx, space, m, search);
    if (c) ({ match, part } = c);
  }
  if (!match) return unsourced();
  const unit = space.units[match.unit];
  const whole = sentenceLike(q, en, sentences);
  // A whole statement placed only through its neighbours' context must render its own words: chance links
  // scattered one by one over the unit (better → mejor), with its unlinked words spread over the quote rather
  // than one added phrase, are another statement's.
  if (whole && !part && match.via === 'context' && !match.short && scatteredLinks(linkedRun(pq, m, match.tokenStart, match.tokenEnd, search.linkStrength), WHOLE_MIN_RUN)) return unsourced();
  // Found on its own words, but its English sentence (quote and attribution) hardly matches the source sentence
  // and its rendered words form no run of three: chance links too (deserve → merecen, faster → más).
  if (whole && !part && match.via === 'quote' && ctx && ctx.unitScore[match.unit] < UNMATCHED_CONTEXT && scatteredLinks(linkedRun(pq, m, match.tokenStart, match.tokenEnd, search.linkStrength), WHOLE_MIN_RUN + 1)) return unsourced();
  let srcSpan: Span = { text: source.text.slice(match.start, match.end), start: match.start, end: match.end };
  // A source that quotes its speakers gives a whole quotation its passage (or its interview turn): a loose match
  // in its narration is another statement (an English-speaking official the Spanish source never quotes).
  if (whole && !part && match.via === 'quote' && match.score < CONFIDENT_SCORE && !unit?.role && source.quoted.length > 0 && !inPassage(srcSpan, source)) return unsourced();
  // Not for one piece of a quotation the attribution interrupts (“X,” she said, “Y”): the translation may join
  // the pieces into one passage.
  const scope = whole && !part && !pieces ? passageScope(srcSpan, source) : null;
  // A span that runs out of the speaker's passage (into `», declaró …`) is cut at the passage's edge.
  if (scope && (srcSpan.start < scope.start || srcSpan.end > scope.end)) {
    const a = Math.max(srcSpan.start, scope.start);
    const b = Math.min(srcSpan.end, scope.end);
    srcSpan = { text: source.text.slice(a, b), start: a, end: b };
  }
  // The sentences of the passage that the next English quote renders (see splitPassageEnd).
  if (clipEnd !== undefined && srcSpan.end > clipEnd && clipEnd > srcSpan.start) {
    let b = clipEnd;
    while (b > srcSpan.start && /[\s.!?…]/u.test(source.text[b - 1])) b--;
    if (b > srcSpan.start) srcSpan = { text: source.text.slice(srcSpan.start, b), start: srcSpan.start, end: b };
  }
  // A short quote that is a whole sentence of its speaker's (“I know a guy,” said …) is compared in full with
  // the passage it renders: what it lacks is an omission, not a part the reporter chose to quote.
  const partial = match.via === 'context' && match.short && !scope;
  const findings = compareQuote(
    {
      en,
      quote: checked,
      src: source.text,
      source: srcSpan,
      partial,
      confident: match.score >= CONFIDENT_SCORE || (match.whole === true && match.coverage >= 0.6),
      whole: match.whole === true,
      part,
      loose: match.via === 'context',
    },
    o.locale,
    { ...DEFAULT_COMPARE, wording: o.wording },
  );
  // Speaker: the English attribution against the source's, read on the unit where the span starts (a window that
  // ran from the previous sentence into a passage keeps that sentence as its unit, and its speaker is another's).
  const spanUnit = space.units.find((u) => u.start <= srcSpan.start && srcSpan.start < u.end) ?? unit;
  const srcSpeaker = spanUnit?.speaker ?? null;
  const role = spanUnit?.role ?? null;
  if (q.speaker) {
    const diff = differentSpeakers(q.speaker, srcSpeaker);
    const interviewer = role === 'question' && srcSpeaker === null;
    if (diff === true || interviewer) {
      findings.push(
        makeFinding(
          'speaker',
          { en: { text: q.text, start: q.start, end: q.end }, es: srcSpan, expected: srcSpeaker ?? (o.locale === 'es' ? 'el entrevistador' : 'the interviewer'), actual: q.speaker },
          o.locale,
        ),
      );
    }
  }
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || QUOTE_FINDING_TYPES.indexOf(a.type) - QUOTE_FINDING_TYPES.indexOf(b.type));
  const status = findings.some((f) => f.severity !== 'info') ? 'mismatch' : 'match';
  return { ...base, source: { ...srcSpan, speaker: srcSpeaker }, status, findings: dedupe(findings) };
}

/**
 * Where quote `a`'s span should end when the next quote `b` was given a later whole sentence of the same span (an
 * English report that splits one Spanish passage into two quotes around the attribution): the start of `b`'s span,
 * or null. `a` must be one sentence (`SENTENCE_INSIDE`), and `b`'s span must start a sentence inside `a`'s.
 */
function splitPassageEnd(a: QuoteCheck, b: QuoteCheck, text: string): number | null {
  const x = a.source;
  const y = b.source;
  if (!x || !y || SENTENCE_INSIDE.test(a.text)) return null;
  if (!(y.start > x.start && y.end <= x.end)) return null;
  return /[.!?…]["”’»]?\s*$/u.test(text.slice(x.start, y.start)) ? y.start : null;
}

/** Whether another English quotation lies in the sentence(s) of `q`. */
function sharesSentence(q: Span, quotes: readonly Span[], sentences: readonly Sentence[]): boolean {
  if (sentences.length === 0) return false;
  const a = sentences[sentenceAt(sentences, q.start)];
  const b = sentences[sentenceAt(sentences, Math.max(q.start, q.end - 1))];
  if (!a || !b) return false;
  const start = Math.min(a.start, q.start);
  const end = Math.max(b.end, q.end);
  return quotes.some((x) => x !== q && x.start < end && x.end > start);
}

/**
 * Least number of consecutive content words of a whole-sentence quote that a span found through the context
 * (not on the quote's own words) must render (see {@link linkedRun}).
 */
const WHOLE_MIN_RUN = 2;

/**
 * Whether a quote's rendered words are chance links: no `minRun` consecutive content words rendered,
 * and the unrendered ones spread over the quote (not one contiguous phrase the reporter added).
 */
function scatteredLinks(r: LinkedRun, minRun: number): boolean {
  return r.run < minRun && r.strayUnlinked > 0;
}

/** Context score (see {@link contextLinks}) under which a quote's English sentence does not match the source unit. */
const UNMATCHED_CONTEXT = 0.2;

/** Least number of words of a quote read as a whole sentence of its speaker's (see {@link sentenceLike}). */
const SENTENCE_WORDS = 3;

/**
 * Whether a quote reads as a whole sentence of its speaker's rather than a phrase picked out of one: three words
 * or more, and it opens its English sentence (only marks before it) or follows a colon.
 */
/** The English sentence(s) holding quote `q`: from the start of the sentence where it opens to the end of the one where it closes. */
function sentenceSpan(q: Span, en: string, sentences: readonly Sentence[]): Span {
  const a = sentences[sentenceAt(sentences, q.start)];
  const b = sentences[sentenceAt(sentences, Math.max(q.start, q.end - 1))];
  const start = a && a.start <= q.start ? a.start : q.start;
  const end = b && b.end >= q.end ? b.end : q.end;
  return { text: en.slice(start, end), start, end };
}

function sentenceLike(q: Span, en: string, sentences: readonly Sentence[]): boolean {
  const words = q.text.match(/\p{L}+/gu);
  if (!words || words.length < SENTENCE_WORDS) return false;
  const k = sentenceAt(sentences, q.start);
  const sStart = sentences[k] && sentences[k].start <= q.start ? sentences[k].start : q.start;
  const before = en.slice(Math.max(sStart, q.start - 400), q.start);
  return !/[\p{L}\p{N}]/u.test(before) || /:\s*["“‘«]?\s*$/u.test(before);
}

/** Whether half of a span or more lies in quoted passages of the source. */
function inPassage(sp: Span, source: SourceModel): boolean {
  let inside = 0;
  for (const p of source.quoted) {
    if (p.start >= sp.end) break;
    if (p.end > sp.start) inside += Math.min(p.end, sp.end) - Math.max(p.start, sp.start);
  }
  return inside * 2 >= sp.end - sp.start;
}

/** Longest run of a span past the end of a quoted passage still read as the attribution, in characters. */
const ATTRIBUTION_TAIL = 40;

/**
 * The Spanish text a sentence-like quote renders as a whole: the quoted passage that holds the span (or holds its
 * start, the span running a few words on into the attribution), within the source sentence(s) of the span (a long
 * passage's other sentences may be rendered by other quotes of the article). Null when there is none.
 */
function passageScope(srcSpan: Span, source: SourceModel): Span | null {
  if (srcSpan.end <= srcSpan.start) return null;
  let best: Span | null = null;
  let holdsAll = false;
  for (const p of source.quoted) {
    if (p.start >= srcSpan.end) break;
    if (!(p.start <= srcSpan.start && srcSpan.start < p.end && srcSpan.end - p.end <= ATTRIBUTION_TAIL)) continue;
    // A passage that holds the whole span comes before a shorter one that holds only its start (a word the speaker
    // quotes at the start of their own sentence: “‘Resistente’ ya no es una palabra que yo use”).
    const all = p.end >= srcSpan.end;
    if (!best || (all && !holdsAll) || (all === holdsAll && p.end - p.start < best.end - best.start)) {
      best = p;
      holdsAll = all;
    }
  }
  if (!best) return null;
  const units = source.units;
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= srcSpan.start) lo = mid + 1;
    else hi = mid;
  }
  const u = units[lo];
  if (!u || u.start > srcSpan.start) return null;
  let b = lo;
  while (b + 1 < units.length && units[b].end < srcSpan.end) b++;
  const start = Math.max(best.start, u.start);
  const end = Math.min(best.end, Math.max(units[b].end, srcSpan.end));
  return end > start ? { text: source.text.slice(start, end), start, end } : null;
}

/** Parts of a quote tried on their own, at most (see {@link clauseParts}). */
const CLAUSE_TRIES = 4;
/** Least share of a clause part's words its span must render (stricter than a whole quote's). */
const CLAUSE_COVERAGE = 0.6;
/** Least coverage of a clause found in the Spanish sentence its English sentence matches (see {@link byClause}). */
const CLAUSE_COVERAGE_IN_CONTEXT = 0.5;

/**
 * The source of a quote that has none as a whole, found through a prefix or suffix of its clauses: the span must
 * render that part on its own words and closely. The whole quote is then compared with it (the clause the source
 * lacks is reported as an addition).
 */
function byClause(
  text: string,
  pq: BridgeSentence,
  ctx: ContextLinks | null,
  space: SourceSubset,
  search: SourceSearchOptions,
  source: SourceModel,
): { match: SourceMatch; start: number; end: number } | null {
  // A short quote was already searched word by word in its context: no part of it is more telling.
  let content = 0;
  for (let i = 0; i < pq.tokens.length; i++) if (!pq.stop[i]) content++;
  if (content < search.longQuoteTokens) return null;
  for (const part of clauseParts(text, pq).slice(0, CLAUSE_TRIES)) {
    const pp = prepareBridgeSentence(text.slice(part.start, part.end), 'en');
    const mm = linkAgainstSource(pp, space);
    const r = findSourceSpan(pp, mm, ctx, space, search);
    // A short part (“froze”) in the sentence that matches the context; a long part closely enough: CLAUSE_COVERAGE of it, or a little less when the span is a confident match in
    // the Spanish sentence that the quote's English sentence reports (a chance match of an invented quote is not).
    const closeEnough = (x: SourceMatch): boolean =>
      x.coverage >= CLAUSE_COVERAGE ||
      (x.coverage >= CLAUSE_COVERAGE_IN_CONTEXT && x.score >= CONFIDENT_SCORE && ctx !== null && ctx.unitScore[x.unit] >= UNMATCHED_CONTEXT);
    if (!r || !((r.via === 'quote' && closeEnough(r)) || (r.via === 'context' && r.short))) continue;
    // A first clause of one content word (`not out of the woods`) is too weak a sign on its own words: only a span
    // inside a quoted passage of the source (the quotation it reports) counts.
    // A name alone (a vocative, `Irene, these duties…`) is no sign at all: the name is found wherever it is written.
    if (contentWords(pp) < 2 && (!inPassage({ text: '', start: r.start, end: r.end }, source) || nameOnly(pp))) continue;
    return { match: { ...r, short: false }, start: part.start, end: part.end };
  }
  return null;
}

/** Whether the content words of a prepared sentence are capitalized words the lexicon does not know (names). */
function nameOnly(p: BridgeSentence): boolean {
  let names = 0;
  for (let i = 0; i < p.tokens.length; i++) {
    if (p.stop[i] || p.tokens[i].kind !== 'word') continue;
    if (p.ids[i] >= 0 || !/^\p{Lu}/u.test(p.tokens[i].text)) return false;
    names++;
  }
  return names > 0;
}

/** Content words of a prepared sentence (not function words, not numbers). */
function contentWords(p: BridgeSentence): number {
  let n = 0;
  for (let i = 0; i < p.tokens.length; i++) if (!p.stop[i] && p.tokens[i].kind === 'word') n++;
  return n;
}

function dedupe(fs: QuoteFinding[]): QuoteFinding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.type}:${f.en.start}:${f.en.end}:${f.es?.start}:${f.es?.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
