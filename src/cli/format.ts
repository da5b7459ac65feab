import type { AlignmentLike } from '../report/AlignmentLike.js';
import type { QuoteReportLike } from '../report/QuoteReportLike.js';
import type { Locale } from '../report/i18n.js';
import { toTMX, type ToTMXOptions } from '../report/toTMX.js';
import { toTSV, type ToTSVOptions } from '../report/toTSV.js';
import { toI18nextResources, type ToI18nextResourcesOptions } from '../report/toI18nextResources.js';
import { renderHTML } from '../report/renderHTML.js';
import { renderText } from '../report/renderText.js';
import type { QuoteReport } from '../quotes/check/QuoteFinding.js';
import { UsageError } from './io.js';

/** Output formats of `cotejo align --format`. */
export type AlignFormat = 'json' | 'tsv' | 'tmx' | 'i18next' | 'html';
/** Every `cotejo align --format`. */
export const ALIGN_FORMATS: readonly AlignFormat[] = ['json', 'tsv', 'tmx', 'i18next', 'html'];

/** Output formats of `cotejo quotes --format`. */
export type QuotesFormat = 'json' | 'text' | 'html';
/** Every `cotejo quotes --format`. */
export const QUOTES_FORMATS: readonly QuotesFormat[] = ['json', 'text', 'html'];

/** Options of {@link formatAlignment}. */
export interface FormatAlignmentOptions {
  /** The English text (for `html`: shown with offsets; optional). */
  en?: string;
  /** The Spanish text (for `html`). */
  es?: string;
  /** Language of the HTML page's labels. Default `'en'`. */
  locale?: Locale;
  /** HTML page title. */
  title?: string;
  /** Options of `toTMX`. */
  tmx?: ToTMXOptions;
  /** Options of `toTSV`. */
  tsv?: ToTSVOptions;
  /** Options of `toI18nextResources`. */
  i18next?: ToI18nextResourcesOptions;
}

/** Options of {@link formatQuoteReport}. */
export interface FormatQuoteReportOptions {
  /** The English text the report's offsets refer to (needed for `html`). */
  en?: string;
  /** The Spanish text (absent when the source is embedded in the English). */
  es?: string;
  /** An alignment of the two texts, shown side by side in `html`. */
  alignment?: AlignmentLike;
  /** Language of labels (`text`, `html`). Default `'en'`. */
  locale?: Locale;
  /** ANSI colours in `text`. Default `false`. */
  color?: boolean;
  /** HTML page title. */
  title?: string;
}

/** Throws `UsageError` (exit 2) unless `format` is one of `allowed`; returns it narrowed. */
export function checkFormat<T extends string>(format: unknown, allowed: readonly T[], command: string): T {
  if (typeof format !== 'string' || !(allowed as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} for cotejo ${command}, got '${String(format)}'.`);
  }
  return format as T;
}

/**
 * The output format a command's flags ask for: `--json` is an alias of `--format json`, and the two may not
 * contradict. Returns `fallback` when neither is given. Throws `UsageError` for an unknown or contradicting format.
 */
export function resolveFormat<T extends string>(
  values: Record<string, string | boolean | undefined>,
  allowed: readonly T[],
  command: string,
  fallback: T | undefined,
): T | undefined {
  if (values.json && values.format !== undefined && values.format !== 'json') {
    throw new UsageError(`--json and --format ${String(values.format)} contradict each other; use one.`);
  }
  if (values.json) return checkFormat('json', allowed, command);
  return values.format === undefined ? fallback : checkFormat(values.format, allowed, command);
}

/** The `--locale` flag (`en` by default); throws `UsageError` for a locale cotejo has no messages in. */
export function parseLocale(value: string | boolean | undefined): Locale {
  const locale = value ?? 'en';
  if (locale !== 'en' && locale !== 'es') throw new UsageError(`--locale must be en or es, got '${String(value)}'.`);
  return locale;
}

/**
 * An alignment in one of the `cotejo align --format` formats: `json` (the alignment, indented), `tsv`
 * (`toTSV`), `tmx` (`toTMX`), `i18next` (`toI18nextResources` as indented JSON) or `html` (`renderHTML`,
 * the two texts side by side by bead). Throws `UsageError` for an unknown format.
 */
export function formatAlignment(alignment: AlignmentLike, format: AlignFormat, options: FormatAlignmentOptions = {}): string {
  switch (checkFormat(format, ALIGN_FORMATS, 'align')) {
    case 'json': return `${JSON.stringify(alignment, null, 2)}\n`;
    case 'tsv': return toTSV(alignment, options.tsv);
    case 'tmx': return toTMX(alignment, options.tmx);
    case 'i18next': return `${JSON.stringify(toI18nextResources(alignment, options.i18next), null, 2)}\n`;
    default: return renderHTML({ en: options.en ?? '', es: options.es ?? null, alignment }, { locale: options.locale, title: options.title });
  }
}

/**
 * A quote report in one of the `cotejo quotes --format` formats: `json` (the report, indented), `text`
 * (`renderText`, for terminals) or `html` (`renderHTML`: quotes with sources and findings, and the
 * texts side by side when an alignment is given). Throws `UsageError` for an unknown format, or for
 * `html` without `options.en`.
 */
export function formatQuoteReport(report: QuoteReportLike, format: QuotesFormat, options: FormatQuoteReportOptions = {}): string {
  switch (checkFormat(format, QUOTES_FORMATS, 'quotes')) {
    case 'json': return `${JSON.stringify(report, null, 2)}\n`;
    case 'text': return renderText(report as unknown as QuoteReport, { color: options.color ?? false, locale: options.locale ?? 'en' });
    default:
      if (typeof options.en !== 'string') throw new UsageError('--format html needs the English text (options.en).');
      return renderHTML({ en: options.en, es: options.es ?? null, quotes: report, alignment: options.alignment ?? null }, { locale: options.locale, title: options.title });
  }
}
