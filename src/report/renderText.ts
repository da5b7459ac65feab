/**
 * A readable text report of a quote check ({@link QuoteReport}), for terminals and logs.
 * @module
 */
import { assertNumberInRange, assertOneOf, CotejoError } from '../CotejoError.js';
import type { Severity, Span } from '../types.js';
import type { QuoteCheck, QuoteFinding, ClaimFinding, QuoteReport, QuoteStatus } from '../quotes/check/QuoteFinding.js';
import { LOCALES, translate, type Locale } from './i18n.js';

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  /** Colour the report with ANSI escapes (the CLI turns this on when stdout is a terminal). Default `false`. */
  color?: boolean;
  /** Language of the report's labels and messages. Default `'en'`. */
  locale?: Locale;
  /** Longest excerpt shown for a quote or source, in characters (longer ones are cut with `…`). Default `160`. */
  maxExcerpt?: number;
  /** Also list quotes whose status is `match` (default `true`; `false` lists only quotes with findings). */
  showMatches?: boolean;
}

/** Defaults of {@link renderText}. */
export const DEFAULT_RENDER_TEXT_OPTIONS: Readonly<Required<RenderTextOptions>> = {
  color: false,
  locale: 'en',
  maxExcerpt: 160,
  showMatches: true,
};

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
} as const;

type Style = keyof typeof ANSI;

const STATUS_MARK: Record<QuoteStatus, string> = { match: '✓', mismatch: '✗', unsourced: '?' };
const STATUS_STYLE: Record<QuoteStatus, Style> = { match: 'green', mismatch: 'red', unsourced: 'dim' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'dim' };

/** One line of an excerpt: whitespace runs (line breaks included) shown as one space, cut at `max` characters. */
function excerpt(text: string, max: number): string {
  const cut = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = cut.replace(/\s+/g, ' ').trim();
  return flat.length > max || cut.length < text.length ? `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…` : flat;
}

function checkOptions(options: RenderTextOptions): Required<RenderTextOptions> {
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'renderText options must be an object, e.g. { color: true }.', 'options');
  }
  const known = Object.keys(DEFAULT_RENDER_TEXT_OPTIONS);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new CotejoError('INVALID_OPTION', `Unknown option '${key}' of renderText; known options: ${known.join(', ')}.`, `options.${key}`);
    }
  }
  const o = { ...DEFAULT_RENDER_TEXT_OPTIONS, ...options };
  assertOneOf(o.locale, LOCALES, 'options.locale');
  assertNumberInRange(o.maxExcerpt, 8, 100_000, 'options.maxExcerpt');
  if (typeof o.color !== 'boolean') throw new CotejoError('INVALID_OPTION', 'options.color must be true or false.', 'options.color');
  if (typeof o.showMatches !== 'boolean') {
    throw new CotejoError('INVALID_OPTION', 'options.showMatches must be true or false.', 'options.showMatches');
  }
  return o;
}

/**
 * Renders a {@link QuoteReport} as readable text: one block per quotation (status, quote, speaker, source,
 * findings with their severity and message), then the claims found outside quotations, then a summary line.
 *
 * Messages are already localized in the report (by `findQuoteMismatches`' `locale`); `options.locale` sets the
 * labels around them. Never throws on a well-formed report; throws `CotejoError` (`INVALID_INPUT`) when `report`
 * is not one, and (`INVALID_OPTION`) for bad options.
 *
 * @example
 * ```ts
 * const text = renderText(findQuoteMismatches(en, es), { color: process.stdout.isTTY });
 * ```
 */
export function renderText(report: QuoteReport, options: RenderTextOptions = {}): string {
  if (!report || typeof report !== 'object' || !Array.isArray(report.quotes) || !Array.isArray(report.claims)) {
    throw new CotejoError('INVALID_INPUT', 'renderText expects the report returned by findQuoteMismatches ({ quotes, claims }).', 'report');
  }
  const o = checkOptions(options);
  const paint = (style: Style, s: string): string => (o.color ? `${ANSI[style]}${s}${ANSI.reset}` : s);
  const t = (key: string, params: Record<string, unknown> = {}): string => translate(`quotes:report.${key}`, params, o.locale);
  const lines: string[] = [];

  const finding = (f: QuoteFinding | ClaimFinding, indent: string): void => {
    const sev = t(`severity.${f.severity}`).padEnd(7);
    lines.push(`${indent}${paint(SEVERITY_STYLE[f.severity], sev)} ${paint('bold', f.type.padEnd(10))} ${f.message}`);
    const ev: string[] = [];
    if (f.en) ev.push(`en “${excerpt(f.en.text, o.maxExcerpt)}” @${f.en.start}`);
    if (f.es) ev.push(`es “${excerpt(f.es.text, o.maxExcerpt)}” @${f.es.start}`);
    if (ev.length > 0) lines.push(`${indent}${' '.repeat(19)}${paint('dim', ev.join('  ·  '))}`);
  };

  const quoteBlock = (q: QuoteCheck): void => {
    const status = t(`status.${q.status}`);
    const who = q.speaker ? paint('dim', ` (${q.speaker})`) : '';
    lines.push(
      `${paint(STATUS_STYLE[q.status], `${STATUS_MARK[q.status]} ${status.padEnd(10)}`)} ` +
        `${paint('bold', `“${excerpt(q.text, o.maxExcerpt)}”`)}${who} ${paint('dim', `@${q.start}`)}`,
    );
    if (q.source) {
      const src: Span & { speaker: string | null } = q.source;
      const swho = src.speaker ? ` (${src.speaker})` : '';
      lines.push(`    ${paint('cyan', `${t('source')}:`)} “${excerpt(src.text, o.maxExcerpt)}”${swho} ${paint('dim', `@${src.start}`)}`);
    }
    for (const f of q.findings) {
      if (f.type === 'unsourced') continue;
      finding(f, '    ');
    }
  };

  lines.push(paint('bold', t('title', { count: report.quotes.length })));
  if (report.quotes.length === 0) lines.push(t('noQuotes'));
  for (const q of report.quotes) {
    if (!o.showMatches && q.status === 'match' && q.findings.length === 0) continue;
    quoteBlock(q);
  }
  if (report.claims.length > 0) {
    lines.push('', paint('bold', t('claims')));
    for (const c of report.claims) finding(c, '  ');
  }
  const count = (s: QuoteStatus): number => report.quotes.filter((q) => q.status === s).length;
  lines.push(
    '',
    t('summary', {
      match: count('match'),
      mismatch: count('mismatch'),
      unsourced: count('unsourced'),
      claims: report.claims.length,
    }),
  );
  return `${lines.join('\n')}\n`;
}
