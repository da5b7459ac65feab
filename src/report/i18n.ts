import i18next, { type i18n as I18n } from 'i18next';
import { assertOneOf } from '../CotejoError.js';
import { quotesMessages } from './locales/quotes.js';
import { resourcesMessages } from './locales/resources.js';

/** The locales cotejo's messages come in. */
export type Locale = 'en' | 'es';

/** Every locale cotejo ships messages for. */
export const LOCALES: readonly Locale[] = ['en', 'es'];

let instance: I18n | undefined;

/**
 * cotejo's own i18next instance, created on first use. It never touches the host application's
 * global i18next: it is a separate instance, and since i18next 26 shares one logger between all
 * instances (an `init()` resets it), the shared logger's state is saved before our `init()` and
 * put back right after, so a host app's logger and debug settings survive.
 */
function getInstance(): I18n {
  if (instance) return instance;
  const inst = i18next.createInstance();
  const shared = (inst as unknown as { logger?: Record<string, unknown> }).logger;
  const saved = shared ? { ...shared } : undefined;
  // Silence the shared logger during our init: i18next 26 would otherwise warn the host app that its logger is replaced.
  if (shared) shared.debug = false;
  inst.init({
    resources: {
      en: { quotes: quotesMessages.en, resources: resourcesMessages.en },
      es: { quotes: quotesMessages.es, resources: resourcesMessages.es },
    },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['quotes', 'resources'],
    defaultNS: 'quotes',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (shared && saved) Object.assign(shared, saved);
  instance = inst;
  return inst;
}

/**
 * Translates a message key of cotejo (`'quotes:number'`, `'resources:missingVariable'`…) into `locale`.
 * Throws `CotejoError` (`INVALID_OPTION`) for a locale cotejo does not ship.
 */
export function translate(key: string, params: Record<string, unknown> = {}, locale: Locale = 'en'): string {
  assertOneOf(locale, LOCALES, 'options.locale');
  const memoKey = memoKeyOf(key, params, locale);
  if (memoKey !== null) {
    const hit = memo.get(memoKey);
    if (hit !== undefined) return hit;
  }
  const message = getInstance().t(key, { ...params, lng: locale }) as string;
  if (memoKey !== null && typeof message === 'string') {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(memoKey, message);
  }
  return message;
}

/**
 * Messages already translated, by locale, key and parameters. cotejo's resources never change after the
 * instance is made, so a message is a pure function of these; a batch of findings repeats the same few
 * (an empty `expected`, the same names), and skipping i18next's lookup keeps its many small functions out
 * of the hot path (less time, and fewer of them compiled by the optimizing JIT).
 */
const memo = new Map<string, string>();
/** The memo is emptied when it reaches this many messages (bounded memory on long batches). */
const MEMO_LIMIT = 4096;

/** The memo key of a call, or null when a parameter is not a string or a finite number (not memoized). */
function memoKeyOf(key: string, params: Record<string, unknown>, locale: Locale): string | null {
  const parts: (string | number)[] = [locale, key];
  for (const name in params) {
    if (!Object.prototype.hasOwnProperty.call(params, name)) continue;
    const v = params[name];
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) parts.push(name, v);
    else return null;
  }
  return JSON.stringify(parts);
}
