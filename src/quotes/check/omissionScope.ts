/**
 * Omissions outside the source span: the rest of the Spanish sentence a whole-sentence quote renders.
 * @module
 */
import { prepareBridgeSentence, type BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import type { Locale } from '../../report/i18n.js';
import type { Span } from '../../types.js';
import type { ComparePair, CompareOptions } from './ComparePair.js';
import { linkQuote, renderedByPartner, type Linked } from './linkQuote.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { span } from './tokenFinding.js';
import { sentenceEndAfter, sentenceStartBefore } from '../extract/sentenceBounds.js';

/** Least number of unrendered content words (known to the lexicon) that make a dropped clause. */
const MIN_DROPPED = 3;
/** Least share of the clause's content words that are unrendered (a rendered clause has a few unlinked words). */
const MIN_UNRENDERED_SHARE = 0.75;
/** Most English text around the quote (in characters, within its paragraph) read for a rendering of the clause (see {@link englishContext}). */
const CONTEXT_CHARS = 400;
/** Longest stretch of the Spanish sentence read on either side of the span, in characters. */
const MAX_REACH = 400;

/** Marks that end the stretch of a Spanish sentence: sentence ends, colons (a speaker's label), quotation marks, dashes. */
const STOP = /[.!?…:\n«»“”"—–]/u;
/** Spanish words that open a clause (coordinating and adverbial conjunctions; not `que`, too often a relative). */
const CLAUSE_WORDS = new Set(['y', 'e', 'pero', 'sino', 'aunque', 'porque', 'pues', 'mientras', 'cuando', 'donde', 'si', 'ni', 'o', 'u']);
/** A clause boundary between the span and the stretch beyond it: punctuation or a clause-opening word (the
 * {@link CLAUSE_WORDS}, and `que`/`aun`, which set off a stretch past the span though they open no clause inside it). */
const CLAUSE = new RegExp(`[,;:]|(?:^|[^\\p{L}])(?:${[...CLAUSE_WORDS, 'que', 'aun'].join('|')})(?=[^\\p{L}]|$)`, 'iu');

/**
 * Whether the English quote reads as whole sentence(s) of its speaker's: nothing but marks before it in its English
 * sentence (or a colon), so the Spanish sentence it renders is rendered as a whole.
 */
function wholeSentenceQuote(p: ComparePair): boolean {
  const q = p.quote;
  let k = q.start - 1;
  let seen = 0;
  // Back over the opening quotation mark and spaces to the previous sentence end, a colon or the text start.
  while (k >= 0 && seen < 400) {
    const c = p.en[k];
    if (/[.!?\n]/u.test(c)) return true;
    if (c === ':') return true;
    if (/[\p{L}\p{N}]/u.test(c)) return false;
    k--;
    seen++;
  }
  return k < 0;
}

/** Whether the quote ends where its speaker's sentence ends (closing punctuation inside or right after it). */
function endsSentence(p: ComparePair): boolean {
  if (/[.!?,;:…]\s*$/u.test(p.quote.text)) return true;
  const after = p.en.slice(p.quote.end, p.quote.end + 3);
  return /^["”’»]?\s*[.!?,]/u.test(after);
}

/**
 * Whether a span runs over a line break or a few words past a sentence end (into the next sentence or interview
 * turn): the sentence after it is then not the quote's.
 */
function spillsOver(text: string): boolean {
  if (text.includes('\n')) return true;
  const ends = [...text.matchAll(/[.!?…]\s/gu)];
  if (ends.length === 0) return false;
  const rest = text.slice(ends[ends.length - 1].index! + 1).match(/\p{L}+/gu);
  return rest !== null && rest.length <= 2;
}

/** Whether a span holds a quotation mark between its words (it joins two quoted passages or a passage and narration). */
function crossesPassages(text: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  let a = 0;
  let b = text.length;
  while (a < b && !word.test(text[a])) a++;
  while (b > a && !word.test(text[b - 1])) b--;
  return /[«»“”"]/u.test(text.slice(a, b));
}

/**
 * The English text around the quote (its own words left out): the rest of its sentence and one sentence on either
 * side, inside its paragraph and within {@link CONTEXT_CHARS}. A reporter who moves a clause of the quote into
 * narration does it next to the quote; words further away that happen to render a dropped clause's words are chance.
 */
function englishContext(p: ComparePair): string {
  const floor = Math.max(0, p.quote.start - CONTEXT_CHARS);
  const ceil = Math.min(p.en.length, p.quote.end + CONTEXT_CHARS);
  let a = sentenceStartBefore(p.en, p.quote.start, floor);
  let b = sentenceEndAfter(p.en, p.quote.end, ceil);
  // One sentence more on each side, unless a line break (a paragraph's edge) comes first.
  if (a > floor && !/[\n\r]/u.test(p.en.slice(Math.max(floor, a - 2), a))) a = sentenceStartBefore(p.en, a - 1, floor);
  if (b < ceil && !/[\n\r]/u.test(p.en.slice(b, Math.min(ceil, b + 2)))) b = sentenceEndAfter(p.en, b + 1, ceil);
  return `${p.en.slice(a, p.quote.start)} ${p.en.slice(p.quote.end, b)}`;
}

/**
 * The Spanish sentence stretch around the span: from the nearest stop mark before the span to the nearest after it
 * (within {@link MAX_REACH} characters), never crossing a quotation mark or a sentence end.
 */
function sentenceStretch(p: ComparePair): { start: number; end: number } {
  let s = p.source.start;
  while (s > 0 && p.source.start - s < MAX_REACH && !STOP.test(p.src[s - 1])) s--;
  let e = p.source.end;
  while (e < p.src.length && e - p.source.end < MAX_REACH && !STOP.test(p.src[e])) e++;
  return { start: s, end: e };
}

/** A capitalized word (a name, a speaker's label): the name checks' business, no evidence of a dropped clause. */
function neutral(pf: BridgeSentence, j: number): boolean {
  return /^\p{Lu}/u.test(pf.tokens[j].text);
}

/** A stretch of the Spanish sentence judged dropped, or null. */
function droppedPart(
  p: ComparePair,
  pf: BridgeSentence,
  offset: number,
  from: number,
  to: number,
  bestQuote: Float32Array,
  bestContext: Float32Array,
  o: CompareOptions,
): Span | null {
  let content = 0;
  let unrendered = 0;
  let first = -1;
  let last = -1;
  for (let j = 0; j < pf.tokens.length; j++) {
    const t = pf.tokens[j];
    const a = offset + t.start;
    if (a < from || offset + t.end > to) continue;
    if (pf.stop[j] || neutral(pf, j)) continue;
    content++;
    const rendered = bestQuote[j] >= o.linkStrength || bestContext[j] >= o.linkStrength;
    // Names and numbers are the value and name checks' business; unknown words are no evidence.
    if (rendered || t.kind !== 'word' || pf.ids[j] < 0) continue;
    unrendered++;
    if (first < 0) first = j;
    last = j;
  }
  if (unrendered < MIN_DROPPED || unrendered < content * MIN_UNRENDERED_SHARE) return null;
  return span(p.src, offset + pf.tokens[first].start, offset + pf.tokens[last].end);
}


/** Clauses of the prepared Spanish stretch, as token ranges `[a, b)`: cut at punctuation and clause-opening words. */
function clauses(text: string, pf: BridgeSentence): { a: number; b: number; aside: boolean }[] {
  const out: { a: number; b: number; aside: boolean }[] = [];
  let a = 0;
  let openDash = false;
  for (let j = 1; j <= pf.tokens.length; j++) {
    const gap = j < pf.tokens.length ? text.slice(pf.tokens[j - 1].end, pf.tokens[j].start) : '';
    const cut = j === pf.tokens.length || /[,;:()—–]/u.test(gap) || CLAUSE_WORDS.has(pf.tokens[j].norm);
    if (!cut) continue;
    const before = a > 0 ? text.slice(pf.tokens[a - 1].end, pf.tokens[a].start) : '';
    const dashBefore = /[—–(]/u.test(before);
    const dashAfter = /[—–)]/u.test(gap);
    out.push({ a, b: j, aside: dashBefore && (dashAfter || openDash) });
    openDash = dashBefore && !dashAfter;
    a = j;
  }
  return out;
}

/**
 * Per token, whether its sentence in the stretch (cut at sentence ends) has no content word the quote renders: a
 * whole Spanish sentence with nothing of the quote in it is a span that reaches too far (into the next sentence,
 * past a nested quotation), not a clause the quote drops.
 */
function silentSentences(text: string, pf: BridgeSentence, best: Float32Array, min: number): boolean[] {
  const out: boolean[] = new Array<boolean>(pf.tokens.length).fill(false);
  let a = 0;
  for (let j = 1; j <= pf.tokens.length; j++) {
    if (j < pf.tokens.length && !/[.!?…]/u.test(text.slice(pf.tokens[j - 1].end, pf.tokens[j].start))) continue;
    let rendered = false;
    for (let k = a; k < j && !rendered; k++) if (!pf.stop[k] && best[k] >= min) rendered = true;
    if (!rendered) for (let k = a; k < j; k++) out[k] = true;
    a = j;
  }
  return out;
}

/** Share of the English quote's content words rendered in the Spanish stretch. */
function englishRendered(pe: BridgeSentence, best: Float32Array, min: number): number {
  let n = 0;
  let ok = 0;
  for (let k = 0; k < pe.tokens.length; k++) {
    if (pe.stop[k]) continue;
    n++;
    if (best[k] >= min) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/** Whether English token `i` is part of a hyphenated compound (`one-off`): a content word, even when its parts are function words. */
function hyphenated(src: string, pe: BridgeSentence, i: number): boolean {
  const t = pe.tokens;
  return (i > 0 && src.slice(t[i - 1].end, t[i].start) === '-') || (i + 1 < t.length && src.slice(t[i].end, t[i + 1].start) === '-');
}

/**
 * Whether the English quote has unrendered content words where the Spanish clause `[a, b)` would be rendered (between
 * the English partners of the nearest linked Spanish words before and after the clause), enough of them to say the
 * clause's `words` unrendered content words otherwise: at least one per {@link PARAPHRASE_RATIO} of them. A single
 * loose English word (`time` in `by the time we reacted`) does not say a four-word clause.
 */
function paraphrased(L: Linked, text: string, a: number, b: number, min: number, words: number): boolean {
  const { pe, pf } = L;
  let lo = -1;
  for (let j = a - 1; j >= 0 && lo < 0; j--) if (L.partnerF[j] >= 0 && !pf.stop[j]) lo = L.partnerF[j];
  let hi = pe.tokens.length;
  let found = false;
  for (let j = b; j < pf.tokens.length && !found; j++) {
    if (L.partnerF[j] >= 0 && !pf.stop[j]) {
      hi = L.partnerF[j];
      found = true;
    }
  }
  let x = Math.min(lo, hi);
  let y = Math.max(lo, hi);
  if (x < -1) x = -1;
  if (y > pe.tokens.length) y = pe.tokens.length;
  let gap = 0;
  for (let i = x + 1; i < y; i++) if ((!pe.stop[i] || hyphenated(text, pe, i)) && pe.tokens[i].kind === 'word' && L.bestE[i] < min) gap++;
  return gap > 0 && gap * PARAPHRASE_RATIO >= words;
}

/**
 * English articles, prepositions and pronouns: a Spanish content word linked to one of them (`miedo` ~ `of`,
 * `dicen` ~ `they`) is not rendered by it. Auxiliaries are not here: `habría hecho` ~ `would have done` is rendered.
 */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at for by with from into about as this that these those i you he she it we they me him her us them my your his its our their'.split(' '),
);

/** Least share of the English quote's content words the Spanish renders for a dropped clause to show. */
const MIN_ENGLISH_RENDERED = 0.65;
/** How many unrendered content words of a Spanish clause one unrendered English word where it belongs may say (see {@link paraphrased}). */
const PARAPHRASE_RATIO = 2;
/** Share of the English quote's content words rendered from which a quote reads as a literal rendering. */
const LITERAL_RENDERING = 0.9;
/** Most content words of a dropped clause that the English text around the quote may render (chance links). */
const MAX_CONTEXT_RENDERED = 2;
/** Least number of unrendered content words of a whole clause none of whose content words is rendered. */
const MIN_CLAUSE_WORDS = 2;

/**
 * Omissions in the Spanish sentence(s) the quote renders. Beyond the span's edges: when the English quote is a
 * whole sentence of its speaker's and the span covers only part of the Spanish sentence (inside the same quoted
 * passage), the rest of that sentence, rendered nowhere else (not by the quote, not by the English text around
 * it), is a dropped clause: `The bridge will open in March.` ← `El puente abrirá en marzo, aunque las obras en la
 * carretera seguirán hasta el verano`. That stretch must be set off from the span by a clause boundary (a comma,
 * `y`, `pero`, `aunque`…) and hold at least three unrendered content words known to the lexicon, nearly all of its
 * content words. Inside the sentence: a whole clause (between commas or clause-opening conjunctions) with two
 * known content words or more, none of them rendered by the quote (one English word renders one Spanish word, so a
 * repeated `duro` the quote renders once counts once) and at most two by the English text around it
 * (chance links; in a literal rendering, nine in ten of the quote's content words rendered, a single such word is
 * chance and counts as unrendered), while the quote is otherwise rendered: `Tom abandoned his
 * wife` ← `Tom abandonó a su esposa y se unió al ejército`. Not read: the sentence around a span that runs over a
 * quotation mark (it joins two passages), and a whole Spanish sentence of the span with no word the quote renders
 * (the span reaches too far).
 */
export function omissionScope(p: ComparePair, o: CompareOptions, locale: Locale, out: QuoteFinding[]): void {
  if (!p.confident || p.partial || p.part) return;
  // A span that runs over a quotation mark joins two passages (a misplaced span): its sentence is not one.
  const whole = !p.loose && !crossesPassages(p.source.text) && wholeSentenceQuote(p);
  const { start, end } = whole ? sentenceStretch(p) : { start: p.source.start, end: p.source.end };
  const head = start < p.source.start && /\p{L}/u.test(p.src.slice(start, p.source.start));
  const tail = end > p.source.end && endsSentence(p) && !spillsOver(p.source.text) && /\p{L}/u.test(p.src.slice(p.source.end, end));
  const text = p.src.slice(start, end);
  const pe = prepareBridgeSentence(p.quote.text, 'en');
  const pf = prepareBridgeSentence(text, 'es');
  const L = linkQuote(pe, pf, 0.2);
  const C = linkQuote(prepareBridgeSentence(englishContext(p), 'en'), pf, 0.2);
  const parts: Span[] = [];
  if (head) {
    const d = droppedPart(p, pf, start, start, p.source.start, L.bestF, C.bestF, o);
    if (d && CLAUSE.test(p.src.slice(d.end, p.source.start) + ' ' + p.source.text.slice(0, 12))) parts.push(d);
  }
  if (tail) {
    const d = droppedPart(p, pf, start, p.source.end, end, L.bestF, C.bestF, o);
    if (d && CLAUSE.test(p.src.slice(p.source.end, d.start))) parts.push(d);
  }
  const rendering = englishRendered(pe, L.bestE, o.linkStrength);
  if (rendering >= MIN_ENGLISH_RENDERED) {
    const silent = silentSentences(text, pf, L.bestF, o.linkStrength);
    for (const c of clauses(text, pf)) {
      if (c.aside || silent[c.a]) continue;
      const cs = start + pf.tokens[c.a].start;
      const ce = start + pf.tokens[c.b - 1].end;
      // Outside the span only where the sentence stretch is read (see above).
      if ((ce <= p.source.start && !head) || (cs >= p.source.end && !tail)) continue;
      let unrendered = 0;
      let rendered = 0;
      let inContext = 0;
      let contextWord = -1;
      let first = -1;
      let last = -1;
      for (let j = c.a; j < c.b; j++) {
        if (pf.stop[j] || neutral(pf, j)) continue;
        if ((renderedByPartner(L, true, j, o.linkStrength) && !FUNCTION_WORDS.has(pe.tokens[L.partnerF[j]].norm)) || pf.ids[j] < 0 || pf.tokens[j].kind !== 'word') {
          rendered++;
          continue;
        }
        if (C.bestF[j] >= o.linkStrength) {
          inContext++;
          contextWord = j;
          continue;
        }
        unrendered++;
        if (first < 0) first = j;
        last = j;
      }
      // Words of the clause that the English text around the quote happens to render (`tiempo` ~ `on time` two
      // sentences away) do not make the clause rendered; more than MAX_CONTEXT_RENDERED of them do.
      // In an otherwise literal rendering, one word of the clause rendered by the text around the quote is chance.
      if (inContext === 1 && rendering >= LITERAL_RENDERING) {
        unrendered++;
        inContext = 0;
        first = first < 0 ? contextWord : Math.min(first, contextWord);
        last = Math.max(last, contextWord);
      }
      if (unrendered < MIN_CLAUSE_WORDS || rendered > (unrendered >= 3 ? 1 : 0) || inContext > MAX_CONTEXT_RENDERED) continue;
      // The English words between the renderings of the clause's neighbours must be rendered: unrendered ones
      // there are the clause said in other words (`no hemos escatimado recursos` → `we have spared no expense`).
      if (paraphrased(L, p.quote.text, c.a, c.b, o.linkStrength, unrendered)) continue;
      const d = span(p.src, start + pf.tokens[first].start, start + pf.tokens[last].end);
      if (!parts.some((x) => x.start < d.end && d.start < x.end)) parts.push(d);
    }
  }
  for (const es of parts) {
    if (out.some((f) => f.type === 'omission' && f.es && f.es.start < es.end && es.start < f.es.end)) continue;
    out.push(makeFinding('omission', { en: p.quote, es, expected: es.text }, locale));
  }
}
