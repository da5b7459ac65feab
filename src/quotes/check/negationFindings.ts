/**
 * Negation findings: one side negates where the other does not.
 * @module
 */
import type { Locale } from '../../report/i18n.js';
import type { ComparePair } from './ComparePair.js';
import type { QuoteFinding } from './QuoteFinding.js';
import { makeFinding } from './makeFinding.js';
import { countNegations } from './negationCues.js';
import { span } from './tokenFinding.js';

/** Negation finding: one side negates where the other does not (counts of negation cues differ, or “no siempre” against “never”). */
export function negationFindings(p: ComparePair, locale: Locale, out: QuoteFinding[]): void {
  const ne = countNegations(p.quote.text, 'en');
  const ns = countNegations(p.source.text, 'es');
  const scope = (ne.never > 0 && ns.notAlways > 0) || (ns.never > 0 && ne.notAlways > 0);
  // A negation one side words as a prefix, a suffix or “sin”/“without” (not happy / descontento, unfounded /
  // sin fundamento, useless / no sirve) is the same negation.
  const gap = ne.count - ns.count;
  // Affixal words and `sin`/`without` pair off across the languages first (impossible / imposible): only those
  // left over explain a negation on the other side.
  const morphS = Math.max(0, ns.morph - ne.morph) + Math.max(0, ns.without - ne.without);
  const morphE = Math.max(0, ne.morph - ns.morph) + Math.max(0, ne.without - ns.without);
  const explained = gap > 0 ? gap <= morphS : gap < 0 ? -gap <= morphE : true;
  // Both sides negate: the counts of cues differ between languages too often (double negatives, repeated
  // “no, no”) to tell a dropped negation from a rephrased one; only presence against absence is reported.
  const presence = (ne.count === 0) !== (ns.count === 0);
  const repeated = (c: { text: string }[]): boolean => c.some((x, k) => k > 0 && x.text.toLowerCase() === c[k - 1].text.toLowerCase());
  const countDiff = p.confident && Math.abs(gap) === 1 && !repeated(ne.cues) && !repeated(ns.cues);
  if (!scope && (explained || !(presence || countDiff))) return;
  const cueE = ne.cues[0];
  const cueS = ns.cues[0];
  const added = ne.count > ns.count || (scope && ne.never > 0);
  out.push(
    makeFinding(
      'negation',
      {
        en: cueE ? span(p.en, p.quote.start + cueE.start, p.quote.start + cueE.end) : p.quote,
        es: cueS ? span(p.src, p.source.start + cueS.start, p.source.start + cueS.end) : p.source,
        expected: ns.cues.map((c) => c.text),
        actual: ne.cues.map((c) => c.text),
        variant: added ? 'Added' : 'Dropped',
      },
      locale,
    ),
  );
}
