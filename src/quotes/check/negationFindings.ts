/**
 * Negation findings: one side negates where the other does not.
 * @module
 */
import type { Locale } from '../../report/i18n.js';
import type { Span } from '../../types.js';
import type { ComparePair } from './ComparePair.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { renderedByPartner, type Linked } from './linkQuote.js';
import { makeFinding } from './makeFinding.js';
import { antonymRendered } from './antonymRendered.js';
import { countNegations } from './negationCues.js';
import { span } from './tokenFinding.js';

/** Longest stretch of the quote's sentence read before the quote, in UTF-16 units. */
const LEAD_MAX = 160;

/**
 * Negations (lexical ones too) of the English words that open the quote's sentence before the quote (`The union
 * has not received “any concrete offer”`, `it lacked “any concrete offer”`): none when the quote opens its sentence.
 */
export function leadNegations(en: string, quoteStart: number): number {
  const from = Math.max(0, quoteStart - LEAD_MAX);
  const before = en.slice(from, quoteStart);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if ('.!?\n'.includes(before[i])) {
      cut = i;
      break;
    }
  }
  const lead = before.slice(cut + 1);
  // A quotation introduced by a colon is a sentence of its own (`declined to commit herself: "We are…"`).
  if (/:\s*["“‘«]?\s*$/u.test(lead)) return 0;
  if (cut < 0 && from > 0) return 0; // sentence longer than the stretch read: do not guess
  const c = countNegations(lead, 'en');
  return c.count + c.morph;
}

/** Number of words (runs of letters or digits) of `text`, counting at most `cap`. */
function wordCount(text: string, cap: number): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) if (++n >= cap) break;
  return n;
}

/** True when the period at `i` ends a sentence: followed by a space, a quote or the end, and not after a short
 * capitalized abbreviation or a single letter. */
function sentenceEnd(text: string, i: number): boolean {
  const after = text[i + 1];
  if (after !== undefined && !/[\s"'’”»)]/u.test(after)) return false;
  let k = i;
  while (k > 0 && /\p{L}/u.test(text[k - 1])) k--;
  const word = text.slice(k, i);
  return !(/^\p{Lu}\p{L}{0,2}$/u.test(word) && word !== 'I');
}

/** True when a sentence ends between `from` and `to`. */
function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ('.;:!?\n'.includes(text[i]) && !(text[i] === '.' && !sentenceEnd(text, i))) return true;
  return false;
}

/** Sentences (or `;`/`:` parts) of `text` with at least two words; a period after an abbreviation (`Mr.`, `Dr.`,
 * `Sra.`) or inside a number does not end a sentence. */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const t = text.slice(start, end);
    if (wordCount(t, 2) >= 2) out.push({ text: t, start, end });
  };
  for (let i = 0; i < text.length; i++) {
    if ('.;:!?\n'.includes(text[i]) && !(text[i] === '.' && !sentenceEnd(text, i))) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * True when the quote and its source have the same number of sentences, of matching lengths, and one pair of
 * them differs in polarity (one negates, the other does not, and no affix or `sin`/`without` explains it): a
 * negation dropped from, or added to, one sentence of a longer quote whose other sentences negate. A sentence whose
 * every cue `looseCue` calls a paraphrase (see {@link unrenderedScope}) does not count.
 */
function sentenceMismatch(en: string, es: string, looseCue: (side: 'en' | 'es', end: number) => boolean = () => false): boolean {
  const a = sentences(en);
  const b = sentences(es);
  if (a.length < 2 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const ratio = b[i].text.length / Math.max(1, a[i].text.length);
    if (ratio < 0.7 || ratio > 1.8) return false;
  }
  for (let i = 0; i < a.length; i++) {
    const ce = countNegations(a[i].text, 'en');
    const cs = countNegations(b[i].text, 'es');
    if ((ce.count > 0) === (cs.count > 0)) continue;
    // A sentence whose every cue negates words the other side does not render says the same otherwise.
    if (ce.count > 0 ? ce.cues.every((c) => looseCue('en', a[i].start + c.end)) : cs.cues.every((c) => looseCue('es', b[i].start + c.end))) continue;
    const spare = ce.count > 0 ? cs.morph + cs.without - ce.morph - ce.without : ce.morph + ce.without - cs.morph - cs.without;
    if (spare <= 0) return true;
  }
  return false;
}

/** Most negations a side may hold for a count differing by one to be evidence: in a long passage with many
 * negations, a rephrased clause (`nothing to eat` / `ni para comer`) shifts the count as easily as a dropped one. */
const MAX_COUNTED = 6;

/** Conjunctions that open a clause of its own (`…, but …`, `…, pero …`, `… y …`, `… sino …`). */
const CLAUSE_OPENERS = /(?:^|[^\p{L}])(?:but|and|pero|sino|y|e|although|aunque|because|porque|while|mientras)(?![\p{L}])/iu;

/** True when a clause-opening conjunction stands between `from` and `to` of `text`. */
function clauseBreak(text: string, from: number, to: number): boolean {
  return CLAUSE_OPENERS.test(text.slice(from, to));
}

const QUOTE_MARKS = /["“”«»‘’]/u;

/**
 * The part of the source span that renders the quote when the span runs across quotation marks the English quote
 * does not have (`no está controlado". "Esta noche ha sido…`, `nos dijo: ‘Tengan paciencia…’. Ya pasó…`): a passage
 * quoted inside the span, else the piece closest in length to the quote, else the whole span. Offsets are relative
 * to `es`.
 */
export function quotedPart(en: string, es: string): Span {
  const whole = { text: es, start: 0, end: es.length };
  if (QUOTE_MARKS.test(en.replace(/(?<=\p{L})’(?=\p{L})/gu, ''))) return whole;
  const pieces: Span[] = [];
  let start = 0;
  for (let i = 0; i <= es.length; i++) {
    if (i === es.length || QUOTE_MARKS.test(es[i])) {
      const t = es.slice(start, i);
      if (wordCount(t, 2) >= 2) pieces.push({ text: t, start, end: i });
      start = i + 1;
    }
  }
  if (pieces.length < 2) return whole;
  // Marks inside a running sentence (`aseguró que «jamás en la vida» había puesto un pie…`): a phrase the source
  // quotes within its own sentence, rendered by the quote together with the words around it.
  if (!hasBoundaryMark(es)) return whole;
  let best: Span | null = null;
  let bestScore = Infinity;
  for (const piece of pieces) {
    const ratio = piece.text.trim().length / Math.max(1, en.trim().length);
    // A passage quoted inside the span (both its edges are quotation marks) comes first.
    const enclosed = piece.start > 0 && piece.end < es.length;
    const score = Math.abs(Math.log(ratio / 1.15)) - (enclosed ? 10 : 0);
    if (ratio >= (enclosed ? 0.5 : 0.7) && ratio <= 1.8 && score < bestScore) {
      best = piece;
      bestScore = score;
    }
  }
  return best ?? whole;
}

/** True when a quotation mark of `es` stands next to punctuation (`". "`, `: ‘`, `», dijo`): a quoted passage's
 * edge between sentences or clauses, not a phrase quoted in the middle of a running sentence. */
function hasBoundaryMark(es: string): boolean {
  /** Position of the last opening mark seen that stands mid-sentence (after a word: `el típico “`), or -1. */
  let inner = -1;
  for (let i = 0; i < es.length; i++) {
    if (!QUOTE_MARKS.test(es[i])) continue;
    const opening = /[«“‘]/u.test(es[i]) || ((es[i] === '"' || es[i] === "'") && /\p{L}|\p{N}/u.test(es[i + 1] ?? ''));
    if (opening) inner = /\p{L}\s$/u.test(es.slice(Math.max(0, i - 2), i)) ? i : -1;
    // The closing mark of a phrase quoted mid-sentence (`el típico “en mi barrio, no”.`) is no passage's edge.
    else if (inner >= 0) {
      inner = -1;
      continue;
    }
    const around = es.slice(Math.max(0, i - 2), i) + es.slice(i + 1, i + 3);
    if (/[.,;:!?¿¡—–]/u.test(around)) return true;
  }
  return false;
}

/** Forms of `haber`, `ser`, `estar`, `be` and `have` in a cue's scope: the phrase they carry is what it negates (`no hay margen`). */
const LIGHT_VERBS = new Set(
  'hay habia habra hubo haya es era fue son eran fueron sea esta estan estaba estaban este is was are were be been being has have had'.split(' '),
);

/** How many tokens after a negation cue make its scope (see {@link unrenderedScope}). */
const SCOPE_TOKENS = 3;

/**
 * Whether the words a cue ending at `at` negates (the content words among the next {@link SCOPE_TOKENS} tokens of
 * its clause) are all unrendered by the other side, and there is at least one: the negated phrase was said otherwise.
 */
function unrenderedScope(L: Linked, es: boolean, text: string, at: number, min: number): boolean {
  const side = es ? L.pf : L.pe;
  const other = es ? L.pe : L.pf;
  // Rendered: linked one to one, at `min` or more, with a content word of the other side (`margen` ~ `This` is chance).
  const rendered = (k: number): boolean => renderedByPartner(L, es, k, min) && !other.stop[es ? L.partnerF[k] : L.partnerE[k]];
  let k = 0;
  while (k < side.tokens.length && side.tokens[k].start < at) k++;
  let content = 0;
  for (let n = 0; n < SCOPE_TOKENS && k < side.tokens.length; n++, k++) {
    const t = side.tokens[k];
    if (/[,;:.!?…«»“”"]/u.test(text.slice(k > 0 ? side.tokens[k - 1].end : 0, t.start))) break;
    if (side.stop[k] || t.kind !== 'word' || LIGHT_VERBS.has(t.norm)) continue;
    content++;
    if (rendered(k)) return false;
  }
  return content > 0;
}

/**
 * Negation finding: one side negates where the other does not (counts of negation cues differ, or “no siempre”
 * against “never”). `L`, the quote's token links with its span, lets the sentence check tell a negated paraphrase
 * from a dropped negation; `min` is the link strength that renders a word.
 */
export function negationFindings(p: ComparePair, locale: Locale, out: QuoteFinding[], L?: Linked, min = 0.3): void {
  const ne = countNegations(p.quote.text, 'en');
  const src = quotedPart(p.quote.text, p.source.text);
  const ns = countNegations(src.text, 'es');
  // A one-word span cannot show the polarity of a longer quote.
  if (wordCount(p.source.text, 2) < 2 && wordCount(p.quote.text, 3) >= 3) return;
  const scope = (ne.never > 0 && ns.notAlways > 0) || (ns.never > 0 && ne.notAlways > 0);
  // A negation one side words as a prefix, a suffix or “sin”/“without” (not happy / descontento, unfounded /
  // sin fundamento, useless / no sirve) is the same negation.
  let gap = ne.count - ns.count;
  // A quote that starts inside a negated English sentence takes its polarity from the words before it (he said
  // there was not “any concrete offer” / “ninguna oferta concreta”): those negations count for the quote.
  if (gap < 0) gap += Math.min(-gap, leadNegations(p.en, p.quote.start));
  // Affixal words and `sin`/`without` pair off across the languages first (impossible / imposible): only those
  // left over explain a negation on the other side.
  // A negated word the other side words by its opposite (`not guilty` / `inocente`) explains its negation too (read
  // only for the side that negates more: the only one a leftover must explain).
  const morphS = Math.max(0, ns.morph - ne.morph) + Math.max(0, ns.without - ne.without) + (gap > 0 ? antonymRendered(p.quote.text, ne.cues, 'en', src.text) : 0);
  const morphE = Math.max(0, ne.morph - ns.morph) + Math.max(0, ne.without - ns.without) + (gap < 0 ? antonymRendered(src.text, ns.cues, 'es', p.quote.text) : 0);
  // A litotes (`no descartamos` / `it is possible`) is explained by a side that words neither its negation nor its
  // negative verb; a side that keeps the verb and drops the negation (`we do rule out`) has turned it around.
  const litotes = gap > 0 ? gap <= ne.litotes && ns.morph === 0 : gap < 0 && -gap <= ns.litotes && ne.morph === 0;
  const explained = litotes || (gap > 0 ? gap <= morphS : gap < 0 ? -gap <= morphE : true);
  // Both sides negate: the counts of cues differ between languages too often (double negatives, repeated
  // “no, no”) to tell a dropped negation from a rephrased one; only presence against absence is reported.
  const presence = gap !== 0 && (ne.count === 0) !== (ns.count === 0);
  // The same cue twice in one clause (`no … no`, `not … not`, `no, no`) is often emphasis or a restatement that the
  // other language words once: the count is then not evidence (cues in different sentences or clauses are).
  // Cues in two clauses joined by a conjunction (`no quiera …, pero una vida no`) are two negations, not emphasis.
  const twice = (c: Span[], t: string): boolean =>
    c.some(
      (x, k) =>
        k > 0 &&
        x.text.toLowerCase() === c[k - 1].text.toLowerCase() &&
        !sentenceBreak(t, c[k - 1].end, x.start) &&
        !clauseBreak(t, c[k - 1].end, x.start),
    );
  // A phrase joined by `ni`/`nor` to a negated clause, worded on the other side as a negated clause of its own
  // (`No fue un accidente ni un hecho aislado` / `This was not an accident and it was not a one-off`).
  const coordinated = gap > 0 ? ns.coordinated >= gap : gap < 0 && ne.coordinated >= -gap;
  const countDiff = p.confident && !coordinated && Math.abs(gap) === 1 && Math.max(ne.count, ns.count) <= MAX_COUNTED && !twice(ne.cues, p.quote.text) && !twice(ns.cues, src.text);
  // A cue that negates nothing the other side renders (`si no se controlan` / `left unchecked`): in the sentence
  // check, a sentence negated only by such cues is the same sentence said otherwise. (Not for the whole-quote count:
  // there it cost the news development set five points of negation recall, as planted negations often sit on
  // words the lexicon links weakly.)
  const looseCue = (side: 'en' | 'es', end: number): boolean =>
    L !== undefined && (side === 'es' ? unrenderedScope(L, true, p.source.text, src.start + end, min) : unrenderedScope(L, false, p.quote.text, end, min));
  const whole = !explained && (presence || countDiff);
  if (!scope && !whole && !(p.confident && sentenceMismatch(p.quote.text, src.text, looseCue))) return;
  const cueE = ne.cues[0];
  const cueS = ns.cues[0];
  const added = ne.count > ns.count || (scope && ne.never > 0);
  out.push(
    makeFinding(
      'negation',
      {
        en: cueE ? span(p.en, p.quote.start + cueE.start, p.quote.start + cueE.end) : p.quote,
        es: cueS ? span(p.src, p.source.start + src.start + cueS.start, p.source.start + src.start + cueS.end) : p.source,
        expected: ns.cues.map((c) => c.text),
        actual: ne.cues.map((c) => c.text),
        // Both sides negate, a different number of times: say so, not that one side does not negate.
        variant: ne.count > 0 && ns.count > 0 && !scope ? (added ? 'More' : 'Fewer') : added ? 'Added' : 'Dropped',
      },
      locale,
    ),
  );
}
