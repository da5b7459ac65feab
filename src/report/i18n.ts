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
  return getInstance().t(key, { ...params, lng: locale }) as string;
}
