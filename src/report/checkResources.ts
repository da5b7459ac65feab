import { assertOneOf, CotejoError } from '../CotejoError.js';
import type { Severity, Span } from '../types.js';
import { LOCALES, translate, type Locale } from './i18n.js';
import { compareResourceTexts, type ResourceTextChecks } from './resourceTextChecks.js';
import { withDefaults } from './withDefaults.js';

/** A plural category of `Intl.PluralRules` (i18next v21+ key suffixes `_zero`, `_one`… `_other`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The kinds of finding of {@link checkResources}:
 * - `missingKey` (error): an English key with no Spanish string (the app falls back to English);
 * - `extraKey` (info): a Spanish key the English resources do not have;
 * - `emptyValue` (warning): the Spanish string is empty while the English is not;
 * - `missingPluralForm` (error for Spanish, warning for English): a plural form the language needs
 *   (`Intl.PluralRules`; Spanish: `_one`, `_many`, `_other`; English: `_one`, `_other`) is missing;
 * - `extraPluralForm` (info): a plural form the language never selects (`_few` in Spanish);
 * - `missingVariable` (error; info for `{{count}}` left out of a `_zero`/`_one`/`_two` form, where
 *   "un elemento" is a correct rendering) and `extraVariable` (error): `{{interpolation}}` names differ;
 * - `missingNesting` (error) / `extraNesting` (warning): `$t(key)` nestings differ;
 * - `number` (error): a number differs or is on one side only;
 * - `quoteMarks` (warning): quotation marks on one side only, or unbalanced in the Spanish;
 * - `name` (warning): a proper name or acronym of the English is not in the Spanish;
 * - `negation` (error): one side negates, the other does not.
 */
export type ResourceFindingType =
  | 'missingKey'
  | 'extraKey'
  | 'emptyValue'
  | 'missingPluralForm'
  | 'extraPluralForm'
  | 'missingVariable'
  | 'extraVariable'
  | 'missingNesting'
  | 'extraNesting'
  | 'number'
  | 'quoteMarks'
  | 'name'
  | 'negation';

/** Fields every resource finding has. */
export interface ResourceFindingBase<T extends ResourceFindingType> {
  /** What the finding reports (the union's discriminant). */
  type: T;
  /** How serious it is. */
  severity: Severity;
  /** The flattened key (`checkout.total_many`; for plural findings, the key without its suffix). */
  key: string;
  /** English evidence: offsets into the English string of `key` (null when there is none). */
  en: Span | null;
  /** Spanish evidence: offsets into the Spanish string of `key` (null when there is none). */
  es: Span | null;
  /** Localized explanation. */
  message: string;
}

/** A key present on one side only, or an empty Spanish string. */
export interface ResourceKeyFinding extends ResourceFindingBase<'missingKey' | 'extraKey' | 'emptyValue'> {}

/** A plural form missing or never used; `key` is the base key. */
export interface ResourcePluralFinding extends ResourceFindingBase<'missingPluralForm' | 'extraPluralForm'> {
  /** The plural category (`many`). */
  form: PluralCategory;
  /** Which language's resources lack (or have the extra) form. */
  lang: 'en' | 'es';
  /** True for ordinal plurals (`_ordinal_one`…). */
  ordinal: boolean;
}

/** An `{{interpolation}}` on one side only. */
export interface ResourceVariableFinding extends ResourceFindingBase<'missingVariable' | 'extraVariable'> {
  /** The variable's name (`count`). */
  variable: string;
}

/** A `$t(key)` nesting on one side only. */
export interface ResourceNestingFinding extends ResourceFindingBase<'missingNesting' | 'extraNesting'> {
  /** The nested key. */
  nested: string;
}

/** A difference in the text: a number, quotation marks, a name or a negation. */
export interface ResourceTextFinding extends ResourceFindingBase<'number' | 'quoteMarks' | 'name' | 'negation'> {
  /** What the Spanish says (a number, negation words), or null. */
  expected: string | null;
  /** What the English says, or null. */
  actual: string | null;
}

/** One finding of {@link checkResources}: a discriminated union on `type`. */
export type ResourceFinding =
  | ResourceKeyFinding
  | ResourcePluralFinding
  | ResourceVariableFinding
  | ResourceNestingFinding
  | ResourceTextFinding;

/** The result of {@link checkResources}. */
export interface ResourceReport {
  /** Findings, in English key order (Spanish-only keys last). */
  findings: ResourceFinding[];
  /** How many string keys each side has (flattened) and how many pairs were compared. */
  keys: { en: number; es: number; compared: number };
}

/** Options of {@link checkResources}. */
export interface CheckResourcesOptions {
  /** i18next's keySeparator, used to flatten nested objects; `false` keeps top-level keys as they are. Default `'.'`. */
  keySeparator?: string | false;
  /** i18next's pluralSeparator. Default `'_'`. */
  pluralSeparator?: string;
  /** Language whose plural rules the English resources follow. Default `'en'`. */
  enLang?: string;
  /** Language whose plural rules the Spanish resources follow (`es`, `es-MX`…). Default `'es'`. */
  esLang?: string;
  /** Which text checks to run (all by default). */
  checks?: Partial<ResourceTextChecks>;
  /** Locale of the messages. Default `'en'`. */
  locale?: Locale;
}

/** Defaults of {@link checkResources}. */
export const DEFAULT_CHECK_RESOURCES_OPTIONS: Required<Omit<CheckResourcesOptions, 'checks'>> & { checks: ResourceTextChecks } = {
  keySeparator: '.',
  pluralSeparator: '_',
  enLang: 'en',
  esLang: 'es',
  checks: { numbers: true, quoteMarks: true, names: true, negation: true },
  locale: 'en',
};

/** Plural categories CLDR gives the two languages, for runtimes without `Intl.PluralRules`. */
const FALLBACK_CATEGORIES: Record<string, { cardinal: PluralCategory[]; ordinal: PluralCategory[] }> = {
  en: { cardinal: ['one', 'other'], ordinal: ['one', 'two', 'few', 'other'] },
  es: { cardinal: ['one', 'many', 'other'], ordinal: ['other'] },
};

/** The plural categories of `lang` (cardinal or ordinal) from `Intl.PluralRules`, as i18next v21+ uses them. */
export function pluralCategories(lang: string, ordinal = false): PluralCategory[] {
  try {
    const cats = new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories as PluralCategory[];
    return PLURAL_CATEGORIES.filter((c) => cats.includes(c));
  } catch {
    const fb = FALLBACK_CATEGORIES[lang.slice(0, 2).toLowerCase()] ?? { cardinal: ['one', 'other'], ordinal: ['other'] };
    return ordinal ? fb.ordinal : fb.cardinal;
  }
}

function asResources(value: unknown, name: 'en' | 'es'): Record<string, unknown> {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch (e) {
      throw new CotejoError('INVALID_FORMAT', `${name} is not valid JSON (${(e as Error).message}); pass the parsed resources object or the text of an i18next JSON file.`, name);
    }
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new CotejoError('INVALID_INPUT', `${name} must be an i18next resources object (one namespace, e.g. the content of locales/${name}/translation.json) or its JSON text.`, name);
  }
  return v as Record<string, unknown>;
}

/** Flattens nested objects (and arrays, by index) into `key → string`; non-string leaves are skipped. */
function flatten(obj: Record<string, unknown>, sep: string | false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, prefix: string, depth: number): void => {
    if (typeof v === 'string') { out.set(prefix, v); return; }
    if (v === null || typeof v !== 'object' || depth > 100) return;
    if (sep === false && depth > 0) return;
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      walk(child, prefix === '' && depth === 0 ? k : `${prefix}${sep === false ? '' : sep}${k}`, depth + 1);
    }
  };
  walk(obj, '', 0);
  return out;
}

interface PluralKey {
  base: string;
  form: PluralCategory;
  ordinal: boolean;
}

function splitPlural(key: string, sep: string): PluralKey | null {
  for (const form of PLURAL_CATEGORIES) {
    const ordSuffix = `${sep}ordinal${sep}${form}`;
    if (key.endsWith(ordSuffix) && key.length > ordSuffix.length) return { base: key.slice(0, -ordSuffix.length), form, ordinal: true };
    const suffix = `${sep}${form}`;
    if (key.endsWith(suffix) && key.length > suffix.length) return { base: key.slice(0, -suffix.length), form, ordinal: false };
  }
  return null;
}

interface Syntax {
  variables: Map<string, Span>;
  nestings: Map<string, Span>;
  /** The text with `{{…}}`, `$t(…)` and `<0>`-style tags blanked out with spaces. */
  masked: string;
}

/** Finds i18next syntax in a string with `indexOf` scans: interpolations, nestings and Trans tags. */
function readSyntax(text: string): Syntax {
  const variables = new Map<string, Span>();
  const nestings = new Map<string, Span>();
  const mask: [number, number][] = [];
  for (let i = text.indexOf('{{'); i !== -1; i = text.indexOf('{{', i + 2)) {
    const close = text.indexOf('}}', i + 2);
    if (close === -1) break;
    let name = text.slice(i + 2, close).trim();
    if (name.startsWith('-')) name = name.slice(1).trim();
    const comma = name.indexOf(',');
    if (comma !== -1) name = name.slice(0, comma).trim();
    if (name !== '' && !variables.has(name)) variables.set(name, { text: text.slice(i, close + 2), start: i, end: close + 2 });
    mask.push([i, close + 2]);
    i = close;
  }
  for (let i = text.indexOf('$t('); i !== -1; i = text.indexOf('$t(', i + 3)) {
    const close = text.indexOf(')', i + 3);
    if (close === -1) break;
    const inner = text.slice(i + 3, close);
    const comma = inner.indexOf(',');
    const key = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    if (key !== '' && !nestings.has(key)) nestings.set(key, { text: text.slice(i, close + 1), start: i, end: close + 1 });
    mask.push([i, close + 1]);
    i = close - 2;
  }
  // Trans component tags: <0>, </0>, <1/>, <br/>, <strong>.
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const close = text.indexOf('>', i + 1);
    if (close === -1 || close - i > 40) continue;
    const inner = text.slice(i + 1, close);
    if (/^\/?[A-Za-z0-9]+ ?\/?$/.test(inner)) mask.push([i, close + 1]);
  }
  let masked = text;
  if (mask.length > 0) {
    const chars = text.split('');
    for (const [s, e] of mask) for (let k = s; k < e; k++) chars[k] = ' ';
    masked = chars.join('');
  }
  return { variables, nestings, masked };
}

const spanOf = (text: string): Span => ({ text, start: 0, end: text.length });

/**
 * Checks Spanish i18next resources against the English ones they translate. Both are one namespace's
 * resources (the parsed content of `locales/en/translation.json` and `locales/es/translation.json`)
 * or their JSON text; nested objects are flattened with `keySeparator`.
 *
 * It reports missing and extra keys; plural forms per i18next v21+ (keys `_one`, `_many`, `_other`…,
 * required per `Intl.PluralRules` of each language, also for `_ordinal_` keys); `{{variables}}` (also
 * `{{count}}`, `{{- raw}}` and `{{value, format}}`) and `$t(key)` nestings present on one side only;
 * and, on the text with i18next syntax blanked out, numbers, quotation marks, names and negation.
 * A Spanish plural form is compared with the English form of the same category, or with `_other`.
 *
 * Throws `CotejoError`: `INVALID_INPUT` when a side is not an object (or JSON text of one),
 * `INVALID_FORMAT` for JSON text that does not parse, `INVALID_OPTION` for a bad option.
 *
 * @example
 * ```ts
 * const r = checkResources(
 *   { cart: { items_one: '{{count}} item', items_other: '{{count}} items' } },
 *   { cart: { items_one: '{{count}} artículo', items_other: 'artículos' } },
 * );
 * r.findings.map((f) => f.type); // ['missingPluralForm', 'missingVariable']
 * ```
 */
export function checkResources(en: unknown, es: unknown, options: CheckResourcesOptions = {}): ResourceReport {
  if (options === null || typeof options !== 'object') {
    throw new CotejoError('INVALID_OPTION', 'checkResources options must be an object, e.g. { locale: "es" }.', 'options');
  }
  const known = Object.keys(DEFAULT_CHECK_RESOURCES_OPTIONS);
  for (const k of Object.keys(options)) {
    if (!known.includes(k)) throw new CotejoError('INVALID_OPTION', `Unknown option '${k}' of checkResources; known options: ${known.join(', ')}.`, `options.${k}`);
  }
  const o = { ...withDefaults(DEFAULT_CHECK_RESOURCES_OPTIONS, options), checks: withDefaults(DEFAULT_CHECK_RESOURCES_OPTIONS.checks, options.checks) };
  assertOneOf(o.locale, LOCALES, 'options.locale');
  if (o.keySeparator !== false && (typeof o.keySeparator !== 'string' || o.keySeparator === '')) {
    throw new CotejoError('INVALID_OPTION', "options.keySeparator must be a non-empty string (i18next's default is '.') or false.", 'options.keySeparator');
  }
  if (typeof o.pluralSeparator !== 'string' || o.pluralSeparator === '') {
    throw new CotejoError('INVALID_OPTION', "options.pluralSeparator must be a non-empty string (i18next's default is '_').", 'options.pluralSeparator');
  }
  for (const name of ['enLang', 'esLang'] as const) {
    const v = o[name];
    let ok = typeof v === 'string' && v !== '';
    if (ok) { try { new Intl.PluralRules(v); } catch { ok = false; } }
    if (!ok) throw new CotejoError('INVALID_OPTION', `options.${name} must be a BCP 47 language tag such as '${name === 'enLang' ? 'en' : 'es'}', got ${JSON.stringify(v)}.`, `options.${name}`);
  }
  const enMap = flatten(asResources(en, 'en'), o.keySeparator);
  const esMap = flatten(asResources(es, 'es'), o.keySeparator);
  const loc = o.locale;
  const t = (key: string, params: Record<string, unknown> = {}): string => translate(`resources:${key}`, params, loc);
  const findings: ResourceFinding[] = [];
  let compared = 0;

  // Plural groups of each side: base key (with ordinal flag) → forms present.
  const groups = (m: Map<string, string>): Map<string, { base: string; ordinal: boolean; forms: Map<PluralCategory, string> }> => {
    const g = new Map<string, { base: string; ordinal: boolean; forms: Map<PluralCategory, string> }>();
    for (const key of m.keys()) {
      const p = splitPlural(key, o.pluralSeparator);
      if (!p) continue;
      const id = `${p.ordinal ? 'o' : 'c'}:${p.base}`;
      let entry = g.get(id);
      if (!entry) { entry = { base: p.base, ordinal: p.ordinal, forms: new Map() }; g.set(id, entry); }
      entry.forms.set(p.form, key);
    }
    return g;
  };
  const enGroups = groups(enMap);
  const esGroups = groups(esMap);
  const language = (lang: 'en' | 'es'): string => t(`languages.${lang}`);
  const pluralFinding = (type: 'missingPluralForm' | 'extraPluralForm', base: string, form: PluralCategory, lang: 'en' | 'es', ordinal: boolean, severity: Severity, value?: string): ResourcePluralFinding => {
    const shown = ordinal ? `${base}${o.pluralSeparator}ordinal` : base;
    return {
      type, severity, key: base,
      en: null,
      es: lang === 'es' && value !== undefined ? spanOf(value) : null,
      form, lang, ordinal,
      message: t(type, { language: language(lang), key: shown, form }),
    };
  };

  const compareStrings = (key: string, enText: string, esText: string, form: PluralCategory | null): void => {
    compared++;
    if (esText.trim() === '' && enText.trim() !== '') {
      findings.push({ type: 'emptyValue', severity: 'warning', key, en: spanOf(enText), es: spanOf(esText), message: t('emptyValue', { key }) });
      return;
    }
    const a = readSyntax(enText);
    const b = readSyntax(esText);
    for (const [name, sp] of a.variables) {
      if (b.variables.has(name)) continue;
      const lenient = name === 'count' && (form === 'zero' || form === 'one' || form === 'two');
      findings.push({ type: 'missingVariable', severity: lenient ? 'info' : 'error', key, en: sp, es: spanOf(esText), variable: name, message: t('missingVariable', { variable: `{{${name}}}` }) });
    }
    for (const [name, sp] of b.variables) {
      if (a.variables.has(name)) continue;
      findings.push({ type: 'extraVariable', severity: 'error', key, en: spanOf(enText), es: sp, variable: name, message: t('extraVariable', { variable: `{{${name}}}` }) });
    }
    for (const [nested, sp] of a.nestings) {
      if (b.nestings.has(nested)) continue;
      findings.push({ type: 'missingNesting', severity: 'error', key, en: sp, es: spanOf(esText), nested, message: t('missingNesting', { nested }) });
    }
    for (const [nested, sp] of b.nestings) {
      if (a.nestings.has(nested)) continue;
      findings.push({ type: 'extraNesting', severity: 'warning', key, en: spanOf(enText), es: sp, nested, message: t('extraNesting', { nested }) });
    }
    for (const d of compareResourceTexts(a.masked, b.masked, o.checks)) {
      const enSpan = d.en ? { text: enText.slice(d.en.start, d.en.end), start: d.en.start, end: d.en.end } : null;
      const esSpan = d.es ? { text: esText.slice(d.es.start, d.es.end), start: d.es.start, end: d.es.end } : null;
      const base = { key, en: enSpan, es: esSpan, expected: d.expected, actual: d.actual };
      if (d.kind === 'number') {
        const msg = d.actual !== null && d.expected !== null ? 'number' : d.actual !== null ? 'numberMissing' : 'numberExtra';
        findings.push({ type: 'number', severity: 'error', ...base, message: t(msg, { actual: d.en?.text, expected: d.es?.text }) });
      } else if (d.kind === 'quoteMarks') {
        const msg = d.en && !d.es ? 'quoteMarks' : d.es && d.actual === '0' ? 'quoteMarksExtra' : 'quoteMarksUnbalanced';
        findings.push({ type: 'quoteMarks', severity: 'warning', ...base, message: t(msg) });
      } else if (d.kind === 'name') {
        findings.push({ type: 'name', severity: 'warning', ...base, message: t('name', { actual: d.actual }) });
      } else {
        const msg = d.actual !== null ? 'negationAdded' : 'negationDropped';
        findings.push({ type: 'negation', severity: 'error', ...base, message: t(msg, { actual: d.actual, expected: d.expected }) });
      }
    }
  };

  const pluralKeysEn = new Set<string>();
  const pluralKeysEs = new Set<string>();
  const handledGroups = new Set<string>();
  for (const [id, g] of enGroups) {
    for (const k of g.forms.values()) pluralKeysEn.add(k);
    const esGroup = esGroups.get(id);
    if (esGroup) for (const k of esGroup.forms.values()) pluralKeysEs.add(k);
    // A plain key with the base name in Spanish (no plural forms) counts as that group's keys.
    if (esMap.has(g.base) && !enMap.has(g.base)) pluralKeysEs.add(g.base);
  }

  // Walk English keys in order; handle a plural group at its first key.
  for (const [key, enText] of enMap) {
    const p = pluralKeysEn.has(key) ? splitPlural(key, o.pluralSeparator) : null;
    if (!p) {
      const esText = esMap.get(key);
      if (esText === undefined) {
        findings.push({ type: 'missingKey', severity: 'error', key, en: spanOf(enText), es: null, message: t('missingKey', { key }) });
      } else {
        compareStrings(key, enText, esText, null);
      }
      continue;
    }
    const id = `${p.ordinal ? 'o' : 'c'}:${p.base}`;
    if (handledGroups.has(id)) continue;
    handledGroups.add(id);
    const g = enGroups.get(id)!;
    const esGroup = esGroups.get(id);
    const enNeeded = pluralCategories(o.enLang, p.ordinal);
    const esNeeded = pluralCategories(o.esLang, p.ordinal);
    for (const form of enNeeded) {
      if (!g.forms.has(form)) findings.push(pluralFinding('missingPluralForm', p.base, form, 'en', p.ordinal, 'warning'));
    }
    const enOther = g.forms.get('other') ?? [...g.forms.values()].pop()!;
    for (const form of esNeeded) {
      const esKey = esGroup?.forms.get(form);
      if (esKey === undefined) {
        findings.push({ ...pluralFinding('missingPluralForm', p.base, form, 'es', p.ordinal, 'error'), en: spanOf(enMap.get(g.forms.get(form) ?? enOther)!) });
        continue;
      }
      const enKey = g.forms.get(form) ?? enOther;
      compareStrings(esKey, enMap.get(enKey)!, esMap.get(esKey)!, form);
    }
    if (esGroup) {
      for (const [form, esKey] of esGroup.forms) {
        if (esNeeded.includes(form)) continue;
        if (form === 'zero') {
          // i18next uses _zero for count 0 in any language.
          compareStrings(esKey, enMap.get(g.forms.get('zero') ?? enOther)!, esMap.get(esKey)!, form);
          continue;
        }
        findings.push(pluralFinding('extraPluralForm', p.base, form, 'es', p.ordinal, 'info', esMap.get(esKey)));
      }
    }
  }
  for (const [key, esText] of esMap) {
    if (enMap.has(key) || pluralKeysEs.has(key)) continue;
    findings.push({ type: 'extraKey', severity: 'info', key, en: null, es: spanOf(esText), message: t('extraKey', { key }) });
  }
  return { findings, keys: { en: enMap.size, es: esMap.size, compared } };
}
