// Shared helpers of the report tests: a real corpus alignment from the gold segmentation.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AlignmentLike } from '../src/report/AlignmentLike.js';
import type { FindingLike, QuoteLike, QuoteReportLike } from '../src/report/QuoteReportLike.js';
import type { Severity, Span } from '../src/types.js';

export const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

interface GoldUnit { text: string }

/** Gold units located in `text` in order, with offsets. */
function locate(text: string, units: GoldUnit[]): { text: string; start: number; end: number }[] {
  let from = 0;
  return units.map((u) => {
    const start = text.indexOf(u.text, from);
    if (start === -1) throw new Error(`segment not found: ${u.text.slice(0, 40)}`);
    from = start + u.text.length;
    return { text: u.text, start, end: from };
  });
}

/** Cases with gold segments for both sides and a gold alignment. */
export function corpusCases(): string[] {
  return readdirSync(CORPUS).filter((c) => existsSync(join(CORPUS, c, 'segments.json')) && existsSync(join(CORPUS, c, 'es.txt')));
}

/** The gold alignment of a corpus case, as an AlignmentLike over the gold segments. */
export function goldAlignment(name: string): { en: string; es: string; alignment: AlignmentLike } {
  const dir = join(CORPUS, name);
  const en = readFileSync(join(dir, 'en.txt'), 'utf8');
  const es = readFileSync(join(dir, 'es.txt'), 'utf8');
  const seg = JSON.parse(readFileSync(join(dir, 'segments.json'), 'utf8')) as { en: GoldUnit[]; es: GoldUnit[] };
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { alignment: { en: number[]; es: number[] }[] };
  return {
    en,
    es,
    alignment: {
      en: locate(en, seg.en),
      es: locate(es, seg.es),
      beads: gold.alignment.map((b, i) => ({ en: b.en, es: b.es, score: 1 - i / 100, ...(i % 3 === 0 ? { weak: true } : {}) })),
    },
  };
}

interface GoldQuote {
  text: string;
  occurrence?: number;
  speaker: string | null;
  status: string;
  source: { text: string } | null;
  findings: string[];
}

function nth(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

/**
 * A quote report built from a corpus case's gold (quotes, their sources, planted finding types and
 * claims), shaped like findQuoteMismatches' result: a fixture for the report renderers.
 */
export function goldQuoteReport(name: string): { en: string; es: string | null; report: QuoteReportLike } {
  const dir = join(CORPUS, name);
  const en = readFileSync(join(dir, 'en.txt'), 'utf8');
  const es = existsSync(join(dir, 'es.txt')) ? readFileSync(join(dir, 'es.txt'), 'utf8') : null;
  const src = es ?? en;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { quotes: GoldQuote[]; claims?: { type: string; en: string; es: string }[] };
  const span = (text: string, needle: string, occ = 0): Span => {
    const start = nth(text, needle, occ);
    if (start === -1) throw new Error(`not found in ${name}: ${needle.slice(0, 40)}`);
    return { text: needle, start, end: start + needle.length };
  };
  const severity = (t: string): Severity => (['omission', 'addition', 'wording'].includes(t) ? 'warning' : ['diacritics', 'unsourced'].includes(t) ? 'info' : 'error');
  const quotes: QuoteLike[] = gold.quotes.map((q) => {
    const enSpan = span(en, q.text, q.occurrence);
    const source = q.source ? { ...span(src, q.source.text), speaker: null } : null;
    const findings: FindingLike[] = q.findings.map((t) => ({ type: t, severity: severity(t), en: enSpan, es: source ? { text: source.text, start: source.start, end: source.end } : null, message: `Planted ${t} finding in “${q.text.slice(0, 30)}”` }));
    if (!q.source) findings.push({ type: 'unsourced', severity: 'info', en: enSpan, es: null, message: 'No Spanish source found for this quotation.' });
    return { ...enSpan, speaker: q.speaker, source, status: q.status, findings };
  });
  const claims: FindingLike[] = (gold.claims ?? []).map((c) => ({ type: c.type, severity: severity(c.type), en: span(en, c.en), es: span(src, c.es), message: `Claim: “${c.en}” vs “${c.es}”` }));
  return { en, es, report: { quotes, claims } };
}

/** Article text with planted payloads that would run if anything were not escaped. */
export const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned=3">',
  "' onmouseover='window.__pwned=4' x='",
  '</textarea></style></title><script>window.__pwned=5</script>',
  '<a href="javascript:window.__pwned=6">link</a>',
  '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://example.com">',
];
