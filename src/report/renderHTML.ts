import { assertOneOf, CotejoError } from '../CotejoError.js';
import type { Severity } from '../types.js';
import { VERSION } from '../version.js';
import type { AlignmentLike } from './AlignmentLike.js';
import { escapeHTML } from './escapeXML.js';
import { LOCALES, translate, type Locale } from './i18n.js';
import type { FindingLike, QuoteReportLike } from './QuoteReportLike.js';
import { withDefaults } from './withDefaults.js';

/** What {@link renderHTML} shows. Give the texts, and an alignment, a quote report, or both. */
export interface HTMLReportInput {
  /** The English text (offsets of quotes, findings and English sentences refer to it). */
  en: string;
  /**
   * The Spanish text (offsets of sources, Spanish evidence and Spanish sentences refer to it). Leave it
   * out when the Spanish source is embedded in the English text: source offsets then refer to `en`.
   */
  es?: string | null;
  /** Shown as the two texts side by side, one row per bead. */
  alignment?: AlignmentLike | null;
  /** Quotes highlighted with their sources, and every finding with its severity and message. */
  quotes?: QuoteReportLike | null;
}

/** Options of {@link renderHTML}. */
export interface RenderHTMLOptions {
  /** Language of the page's labels. Default `'en'`. (Finding messages are shown as the checker wrote them.) */
  locale?: Locale;
  /** The page title. Default: the localized "cotejo report". */
  title?: string;
  /** List quotes whose status is `match` too. Default `true`. */
  showMatches?: boolean;
}

/** Defaults of {@link renderHTML}. */
export const DEFAULT_RENDER_HTML_OPTIONS: Required<Omit<RenderHTMLOptions, 'title'>> = {
  locale: 'en',
  showMatches: true,
};

/**
 * The Content-Security-Policy of every page {@link renderHTML} writes: nothing may load or run
 * (no scripts, no network), only the inline stylesheet applies.
 */
export const HTML_REPORT_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root{--fg:#1d1d1f;--bg:#fff;--mute:#6b6b73;--line:#d9d9de;--err:#b3261e;--errbg:#fde7e6;--warn:#8a5300;--warnbg:#fff1d6;
--info:#2f5b8a;--infobg:#e7f0fa;--ok:#1e6b34;--okbg:#e3f4e8;--quote:#fff6b3;--src:#dcefff}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--bg:#17171a;--mute:#a0a0a8;--line:#3a3a40;--errbg:#4a1c1a;--err:#ffb4ab;
--warnbg:#4a3512;--warn:#ffd27a;--infobg:#1c2f45;--info:#a9cbf0;--okbg:#173524;--ok:#9ad7ac;--quote:#5a4f00;--src:#123a5a}}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1200px;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.summary{color:var(--mute);margin:0 0 1rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border-top:1px solid var(--line);padding:.5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{font-weight:600;color:var(--mute)}td.n{width:4.5rem;color:var(--mute);font-size:.85em}tr.weak td{background:var(--warnbg)}tr.unpaired td.empty{color:var(--mute);font-style:italic}
.texts{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}.texts p{white-space:pre-wrap;margin:0 0 .75rem}
mark{background:var(--quote);color:inherit;border-radius:2px}mark.source{background:var(--src)}mark.sev-error{box-shadow:inset 0 -2px var(--err)}
mark.sev-warning{box-shadow:inset 0 -2px var(--warn)}
article.quote{border:1px solid var(--line);border-left:4px solid var(--mute);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
article.status-match{border-left-color:var(--ok)}article.status-mismatch{border-left-color:var(--err)}article.status-unsourced{border-left-color:var(--info)}
article.quote blockquote{margin:.25rem 0 .5rem;padding:0 0 0 .75rem;border-left:2px solid var(--line);white-space:pre-wrap}
.meta{color:var(--mute);font-size:.85em}.badge{display:inline-block;font-size:.75em;font-weight:600;text-transform:uppercase;letter-spacing:.03em;border-radius:3px;padding:0 .4em;margin-right:.4em}
.status-match>.head .badge{background:var(--okbg);color:var(--ok)}.status-mismatch>.head .badge{background:var(--errbg);color:var(--err)}.status-unsourced>.head .badge{background:var(--infobg);color:var(--info)}
ul.findings{list-style:none;margin:.5rem 0 0;padding:0}li.finding{margin:.25rem 0;padding:.35rem .6rem;border-radius:4px}
li.sev-error{background:var(--errbg)}li.sev-error .badge{color:var(--err)}li.sev-warning{background:var(--warnbg)}li.sev-warning .badge{color:var(--warn)}
li.sev-info{background:var(--infobg)}li.sev-info .badge{color:var(--info)}.evidence{display:block;font-size:.85em;color:var(--mute)}
footer{margin-top:2rem;color:var(--mute);font-size:.8em}
`;

interface Range {
  start: number;
  end: number;
  cls: string;
  title?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A class-name-safe token (finding types come from data). */
function token(s: string): string {
  return String(s).toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 40);
}

function severityOf(s: unknown): Severity {
  return s === 'error' || s === 'warning' || s === 'info' ? s : 'info';
}

/**
 * Escaped `text` (which starts at `offset` in its document) with `ranges` (document offsets) wrapped in
 * `<mark>`: a boundary sweep, so overlapping ranges become flat, non-nested marks with all their classes.
 */
/** Ranges sorted by start, with the longest length, so the ones touching a window are found by binary search. */
interface RangeIndex {
  sorted: Range[];
  maxLen: number;
}

function indexRanges(ranges: readonly Range[]): RangeIndex {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  return { sorted, maxLen: sorted.reduce((m, r) => Math.max(m, r.end - r.start), 0) };
}

/** First index in `sorted` whose start is ≥ `x`. */
function lowerBound(sorted: readonly Range[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function highlight(text: string, offset: number, index: RangeIndex): string {
  const end = offset + text.length;
  const { sorted, maxLen } = index;
  const inside: Range[] = [];
  for (let k = lowerBound(sorted, offset - maxLen), stop = lowerBound(sorted, end); k < stop; k++) {
    if (sorted[k].end > offset) inside.push(sorted[k]);
  }
  if (inside.length === 0) return escapeHTML(text);
  const cuts = new Set<number>([0, text.length]);
  for (const r of inside) {
    cuts.add(Math.max(0, r.start - offset));
    cuts.add(Math.min(text.length, r.end - offset));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    const piece = escapeHTML(text.slice(a, b));
    const active = inside.filter((r) => r.start - offset <= a && r.end - offset >= b);
    if (active.length === 0) { html += piece; continue; }
    const classes = [...new Set(active.map((r) => r.cls))].join(' ');
    const titles = [...new Set(active.map((r) => r.title).filter((x): x is string => !!x))].join('\n');
    html += `<mark class="${escapeHTML(classes)}"${titles ? ` title="${escapeHTML(titles)}"` : ''}>${piece}</mark>`;
  }
  return html;
}

function isSpan(x: unknown): x is { start: number; end: number; text: string } {
  const s = x as { start?: unknown; end?: unknown } | null;
  return !!s && typeof s === 'object' && Number.isFinite(s.start) && Number.isFinite(s.end);
}

/**
 * Renders one self-contained HTML page: inline CSS, no scripts, no external URLs, and a
 * Content-Security-Policy ({@link HTML_REPORT_CSP}) that forbids scripts and network loads. It shows
 * the quotations with their sources and findings (severity colours, messages), the claims, and the two
 * texts side by side, one row per bead of the alignment (or whole, when there is no alignment), with
 * quotations and sources highlighted.
 *
 * Article text is untrusted: every text and attribute is escaped, so markup in an article (a
 * `<script>`, an `onerror` attribute) is shown as text and never runs.
 *
 * Throws `CotejoError` `INVALID_INPUT` when `input.en` is not a string (or `input.es` is neither a
 * string nor absent), `INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * renderHTML({ en: 'He said “no”.', es: 'Dijo «sí».' }).startsWith('<!DOCTYPE html>'); // true
 * ```
 */
export function renderHTML(input: HTMLReportInput, options: RenderHTMLOptions = {}): string {
  if (!input || typeof input !== 'object' || typeof input.en !== 'string') {
    throw new CotejoError('INVALID_INPUT', 'renderHTML needs { en: string, es?: string, alignment?, quotes? }: pass the English text as input.en.', 'input.en');
  }
  if (input.es !== undefined && input.es !== null && typeof input.es !== 'string') {
    throw new CotejoError('INVALID_INPUT', 'input.es must be the Spanish text (a string), or left out when the source is embedded in input.en.', 'input.es');
  }
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'renderHTML options must be an object, e.g. { locale: "es" }.', 'options');
  }
  const o = withDefaults(DEFAULT_RENDER_HTML_OPTIONS, options);
  const locale = assertOneOf(o.locale, LOCALES, 'options.locale');
  if (o.title !== undefined && typeof o.title !== 'string') {
    throw new CotejoError('INVALID_OPTION', 'options.title must be a string.', 'options.title');
  }
  const t = (key: string, params: Record<string, unknown> = {}): string => translate(`resources:html.${key}`, params, locale);
  const en = input.en;
  const es = typeof input.es === 'string' ? input.es : null;
  const embedded = es === null;
  const quotes = input.quotes && Array.isArray(input.quotes.quotes) ? input.quotes : null;
  const alignment = input.alignment && Array.isArray(input.alignment.beads) && Array.isArray(input.alignment.en) && Array.isArray(input.alignment.es) ? input.alignment : null;
  const title = o.title ?? t('title');

  // Highlight ranges over the English text and over the source text.
  const enRanges: Range[] = [];
  const srcRanges: Range[] = [];
  const all: FindingLike[] = [];
  if (quotes) {
    for (const q of quotes.quotes) {
      const msgs = (q.findings ?? []).map((f) => f.message).join('\n');
      if (isSpan(q)) enRanges.push({ start: q.start, end: q.end, cls: 'quote', title: msgs || undefined });
      if (q.source && isSpan(q.source)) (embedded ? enRanges : srcRanges).push({ start: q.source.start, end: q.source.end, cls: 'source' });
      for (const f of q.findings ?? []) {
        all.push(f);
        const cls = `sev-${severityOf(f.severity)}`;
        if (isSpan(f.en)) enRanges.push({ start: f.en.start, end: f.en.end, cls, title: f.message });
        if (isSpan(f.es)) (embedded ? enRanges : srcRanges).push({ start: f.es.start, end: f.es.end, cls, title: f.message });
      }
    }
    for (const f of quotes.claims ?? []) {
      all.push(f);
      const cls = `sev-${severityOf(f.severity)}`;
      if (isSpan(f.en)) enRanges.push({ start: f.en.start, end: f.en.end, cls, title: f.message });
      if (isSpan(f.es)) (embedded ? enRanges : srcRanges).push({ start: f.es.start, end: f.es.end, cls, title: f.message });
    }
  }
  const srcText = embedded ? en : es;
  const enIndex = indexRanges(enRanges);
  const srcIndex = indexRanges(srcRanges);
  const noRanges = indexRanges([]);
  const count = (s: Severity): number => all.filter((f) => severityOf(f.severity) === s).length;

  const findingItem = (f: FindingLike): string => {
    const sev = severityOf(f.severity);
    const ev: string[] = [];
    if (isSpan(f.en) && typeof f.en.text === 'string') ev.push(`EN: ${escapeHTML(f.en.text)}`);
    if (isSpan(f.es) && typeof f.es.text === 'string') ev.push(`ES: ${escapeHTML(f.es.text)}`);
    return `<li class="finding sev-${sev}" data-type="${escapeHTML(token(f.type))}" data-severity="${sev}"><span class="badge">${escapeHTML(t(`severity.${sev}`))}</span>${escapeHTML(String(f.message ?? ''))}${ev.length ? `<span class="evidence">${ev.join(' · ')}</span>` : ''}</li>`;
  };
  const findingList = (fs: readonly FindingLike[]): string => {
    if (fs.length === 0) return '';
    const sorted = [...fs].sort((a, b) => SEVERITY_RANK[severityOf(a.severity)] - SEVERITY_RANK[severityOf(b.severity)]);
    return `<ul class="findings">${sorted.map(findingItem).join('')}</ul>`;
  };

  const parts: string[] = [];
  parts.push(`<h1>${escapeHTML(title)}</h1>`);
  if (quotes) parts.push(`<p class="summary">${escapeHTML(t('summary', { errors: count('error'), warnings: count('warning'), infos: count('info') }))}</p>`);

  if (quotes) {
    parts.push(`<section id="quotes"><h2>${escapeHTML(t('quotes'))}</h2>`);
    quotes.quotes.forEach((q, i) => {
      const status = token(String(q.status));
      if (!o.showMatches && q.status === 'match') return;
      const fs = q.findings ?? [];
      const qRanges = fs.filter((f) => isSpan(f.en)).map((f) => ({ start: f.en.start, end: f.en.end, cls: `sev-${severityOf(f.severity)}`, title: f.message }));
      const sRanges = fs.filter((f) => isSpan(f.es)).map((f) => ({ start: f.es!.start, end: f.es!.end, cls: `sev-${severityOf(f.severity)}`, title: f.message }));
      const label = t(`status.${q.status === 'match' || q.status === 'mismatch' || q.status === 'unsourced' ? q.status : 'unsourced'}`);
      const speaker = q.speaker ? ` · ${escapeHTML(t('speaker'))}: ${escapeHTML(q.speaker)}` : '';
      parts.push(`<article class="quote status-${status}" id="q${i + 1}"><div class="head"><span class="badge">${escapeHTML(label)}</span><span class="meta">#${i + 1}${speaker}</span></div>`);
      parts.push(`<blockquote lang="en">${highlight(String(q.text ?? ''), Number(q.start) || 0, indexRanges(qRanges))}</blockquote>`);
      if (q.source) {
        const sp = q.source.speaker ? ` · ${escapeHTML(t('speaker'))}: ${escapeHTML(q.source.speaker)}` : '';
        parts.push(`<div class="meta">${escapeHTML(t('source'))}${sp}</div><blockquote lang="es" class="source">${highlight(String(q.source.text ?? ''), Number(q.source.start) || 0, indexRanges(sRanges))}</blockquote>`);
      } else {
        parts.push(`<div class="meta">${escapeHTML(t('noSource'))}</div>`);
      }
      parts.push(`${findingList(fs)}</article>`);
    });
    parts.push('</section>');
    if ((quotes.claims ?? []).length > 0) {
      parts.push(`<section id="claims"><h2>${escapeHTML(t('claims'))}</h2>${findingList(quotes.claims)}</section>`);
    }
  }

  const enHead = escapeHTML(t('english'));
  const esHead = escapeHTML(t('spanish'));
  if (alignment) {
    parts.push(`<section id="alignment"><h2>${escapeHTML(t('alignment'))}</h2><table><thead><tr><th class="n">#</th><th>${enHead}</th><th>${esHead}</th></tr></thead><tbody>`);
    const side = (idx: readonly number[], sentences: AlignmentLike['en'], ranges: RangeIndex): string => {
      const cells = idx.map((k) => sentences[k]).filter((s) => s && typeof s.text === 'string').map((s) => highlight(s.text, Number(s.start) || 0, ranges));
      return cells.length ? cells.join(' ') : '';
    };
    const esRanges = embedded ? noRanges : srcIndex;
    const usedEs = new Set<number>();
    alignment.beads.forEach((b, i) => {
      const enIdx = Array.isArray(b.en) ? b.en : [];
      const esIdx = Array.isArray(b.es) ? b.es : [];
      for (const k of esIdx) usedEs.add(k);
      const enCell = side(enIdx, alignment.en, enIndex);
      const esCell = side(esIdx, alignment.es, esRanges);
      const cls = [b.weak ? 'weak' : '', enCell === '' || esCell === '' ? 'unpaired' : ''].filter(Boolean).join(' ');
      const score = Number.isFinite(b.score) ? `${escapeHTML(t('score'))} ${Math.round(b.score * 100) / 100}` : '';
      parts.push(`<tr${cls ? ` class="${cls}"` : ''} id="b${i + 1}"><td class="n">${i + 1}<br>${score}${b.weak ? `<br>${escapeHTML(t('weak'))}` : ''}</td><td lang="en"${enCell ? '' : ' class="empty"'}>${enCell || escapeHTML(t('unmatched'))}</td><td lang="es"${esCell ? '' : ' class="empty"'}>${esCell || escapeHTML(t('unmatched'))}</td></tr>`);
    });
    alignment.es.forEach((s, k) => {
      if (usedEs.has(k) || !s || typeof s.text !== 'string') return;
      parts.push(`<tr class="unpaired"><td class="n"></td><td lang="en" class="empty">${escapeHTML(t('unmatched'))}</td><td lang="es">${highlight(s.text, Number(s.start) || 0, esRanges)}</td></tr>`);
    });
    parts.push('</tbody></table></section>');
  } else {
    const paragraphs = (text: string, ranges: RangeIndex): string => {
      const out: string[] = [];
      let start = 0;
      for (;;) {
        const br = text.indexOf('\n\n', start);
        const stop = br === -1 ? text.length : br;
        if (text.slice(start, stop).trim() !== '') out.push(`<p>${highlight(text.slice(start, stop), start, ranges)}</p>`);
        if (br === -1) break;
        start = br + 2;
      }
      return out.join('');
    };
    parts.push(`<section id="texts" class="texts"><div><h2>${enHead}</h2><div lang="en">${paragraphs(en, enIndex)}</div></div>`);
    if (!embedded && srcText !== null) parts.push(`<div><h2>${esHead}</h2><div lang="es">${paragraphs(srcText, srcIndex)}</div></div>`);
    parts.push('</section>');
  }
  parts.push(`<footer>${escapeHTML(t('generated', { version: VERSION }))}</footer>`);

  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHTML(title)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
