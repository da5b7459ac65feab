/**
 * The Spanish quoted passage that stands where an English partial quote stands: “moved the goalposts” in a
 * reported sentence whose translation quotes «cambiado las reglas a mitad del partido». An idiom or a loose
 * rendering shares no words with the quote, but the reporter's sentence around it is translated, and the
 * translator keeps the quotation marks.
 * @module
 */
import type { Span } from '../../types.js';
import type { BridgeSentence } from '../../lexicon/prepareBridgeSentence.js';
import { quotationsOf } from './englishQuotes.js';
import type { LinkMatrix } from '../../lexicon/linkStrengths.js';
import { clauseParts, DEFAULT_SOURCE_SEARCH, type ContextLinks, type SourceMatch, type SourceSearchOptions } from './findSourceSpan.js';
import type { SourceModel } from './SourceModel.js';
import { countNegations } from './negationCues.js';
import { speakerNameTokens } from './sourceSpeakers.js';

/** Lower case without diacritics (as speaker name tokens are). */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Least balanced score of the English sentence against the Spanish unit (the narration must be translated there). */
export const COUNTERPART_MIN_CONTEXT = 0.45;
/** Most content words of a quote (or of its clause) left without a link to the passage (an idiom's words). */
export const COUNTERPART_MAX_UNLINKED = 3;
/** Least number of narration words (outside quotation marks) in the English sentence. */
export const COUNTERPART_MIN_NARRATION = 4;

/**
 * The quoted passage of the source that renders the partial quote `q`, found by position, for a quote the word
 * search left unsourced. The English sentence around `q` (`sentence`, with `ctx` its links against `source`) must
 * be reported narration (at least {@link COUNTERPART_MIN_NARRATION} words outside quotation marks, `q` not opening
 * it nor following a colon) whose best-matching source unit scores at least {@link COUNTERPART_MIN_CONTEXT} and
 * clearly better than any other, with its speaker (if any) named in it; that unit must quote exactly as many
 * passages as the English sentence quotes, and `q` maps to the passage in the same position. The quote (or its
 * longest clause prefix or suffix sharing a word with the passage, returned as `part`: the rest is an addition)
 * must have a translation's length and at most {@link COUNTERPART_MAX_UNLINKED} content words unlinked (`m`: the
 * quote's links against `source`); a short one must agree with the passage on negation. Null otherwise (a
 * whole-sentence quote, an invented quote, a sentence that quotes differently in the source).
 */
export function quotedCounterpart(
  q: Span,
  sentence: Span,
  pq: BridgeSentence,
  ctx: ContextLinks | null,
  source: SourceModel,
  m: LinkMatrix,
  options: SourceSearchOptions = DEFAULT_SOURCE_SEARCH,
): { match: SourceMatch; part?: { start: number; end: number } } | null {
  if (!ctx || source.units.length === 0 || q.start < sentence.start || q.end > sentence.end) return null;
  const rel = quotationsOf(sentence.text).map((x) => ({ start: x.start + sentence.start, end: x.end + sentence.start }));
  const k = rel.findIndex((x) => x.start <= q.start && q.end <= x.end + 1 && x.end >= q.start);
  if (k < 0) return null;
  // A phrase of the reporter's sentence, not a whole statement (one that opens its sentence or follows a colon):
  // a whole statement with no word in common with the passage is someone else's (an English-speaking source).
  const before = sentence.text.slice(0, Math.max(0, rel[k].start - sentence.start));
  if (!/[\p{L}\p{N}]/u.test(before) || /:\s*["“‘«]?\s*$/u.test(before)) return null;
  // Narration: the sentence's words outside every quotation.
  let narration = 0;
  let at = sentence.start;
  for (const x of [...rel, { start: sentence.end, end: sentence.end }]) {
    const gap = sentence.text.slice(Math.max(0, at - sentence.start), Math.max(0, x.start - sentence.start));
    narration += (gap.match(/\p{L}{2,}/gu) ?? []).length;
    at = Math.max(at, x.end);
  }
  if (narration < COUNTERPART_MIN_NARRATION) return null;
  let best = -1;
  let second = 0;
  for (let u = 0; u < source.units.length; u++) {
    const s = ctx.unitScore[u];
    if (best < 0 || s > ctx.unitScore[best]) {
      if (best >= 0) second = Math.max(second, ctx.unitScore[best]);
      best = u;
    } else if (s > second) second = s;
  }
  if (best < 0 || ctx.unitScore[best] < COUNTERPART_MIN_CONTEXT || ctx.unitScore[best] < second + 0.1) return null;
  const unit = source.units[best];
  // The unit must be the reporter's sentence with its own attribution: a speaker carried over from another
  // sentence (a continuing quotation) is not the narration the English sentence translates.
  const names = speakerNameTokens(unit.speaker);
  const unitText = fold(unit.text);
  if (names.length > 0 && !names.some((n) => unitText.includes(n))) return null;
  const passages = source.quoted.filter((p) => p.start >= unit.start && p.end <= unit.end);
  if (passages.length !== rel.length) return null;
  const p = passages[k];
  const sp = source.prepared;
  let a = unit.tokenStart;
  while (a < unit.tokenEnd && sp.tokens[a].start < p.start) a++;
  let b = a;
  while (b < unit.tokenEnd && sp.tokens[b].end <= p.end) b++;
  if (b <= a) return null;
  const match = (short: boolean): SourceMatch => ({
    tokenStart: a,
    tokenEnd: b,
    start: sp.tokens[a].start,
    end: sp.tokens[b - 1].end,
    unit: best,
    coverage: 0,
    score: 0,
    via: 'context',
    short,
  });
  // The whole quote, else its longest clause prefix or suffix that the passage can render (the rest is then an
  // addition of the reporter's).
  const pieces: { start: number; end: number }[] = [{ start: 0, end: q.text.length }, ...clauseParts(q.text, pq)];
  for (const piece of pieces) {
    let tokens = 0;
    let content = 0;
    let linked = 0;
    for (let i = 0; i < pq.tokens.length; i++) {
      const t = pq.tokens[i];
      if (t.start < piece.start || t.end > piece.end) continue;
      tokens++;
      if (pq.stop[i] || t.kind !== 'word') continue;
      content++;
      for (let j = a; j < b; j++) {
        if (m.strength[i * m.cols + j] >= options.linkStrength) {
          linked++;
          break;
        }
      }
    }
    // Lengths a translation can have: neither side more than three times the other.
    if (tokens === 0 || b - a > 3 * tokens + 4 || tokens > 3 * (b - a) + 3) continue;
    // Evidence: an idiom of a few words may share none with its rendering, a longer quote must share the rest.
    if (content - linked > COUNTERPART_MAX_UNLINKED) continue;
    // A clause chosen among others must share a word with the passage (an invented quote has clauses too).
    const whole = piece.start === 0 && piece.end === q.text.length;
    if (!whole && linked === 0) continue;
    const short = content < options.longQuoteTokens;
    // A short idiom rendered by a position only: where one side negates and the other does not (“failed to take
    // off” / «no ha despegado», “no doubt whatsoever” / «ninguna duda»), the negation is in the idiom, not a
    // difference worth an error raised on no word evidence.
    const text = q.text.slice(piece.start, piece.end);
    if (short && (countNegations(text, 'en').count > 0) !== (countNegations(p.text, 'es').count > 0)) continue;
    if (whole) return { match: match(short) };
    return { match: match(false), part: { start: q.start + piece.start, end: q.start + piece.end } };
  }
  return null;
}
