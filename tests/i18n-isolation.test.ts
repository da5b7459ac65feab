import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

// In its own file so that cotejo's instance is first created after the host app's init.
describe('cotejo and a host app using i18next', () => {
  it("never touches the host app's global i18next or its logger", async () => {
    const { translate } = await import('../src/report/i18n.js');
    const lines: string[] = [];
    const hostLogger = {
      type: 'logger' as const,
      log: (args: unknown[]) => lines.push(`log ${String(args[0])}`),
      warn: (args: unknown[]) => lines.push(`warn ${String(args[0])}`),
      error: (args: unknown[]) => lines.push(`error ${String(args[0])}`),
    };
    const host = i18next.createInstance();
    await host.use(hostLogger).init({ lng: 'de', debug: true, resources: { de: { translation: { hi: 'Hallo' } } } });
    lines.length = 0;
    // cotejo's instance is created lazily here, after the host's init.
    expect(translate('quotes:unsourced', {}, 'es')).toMatch(/fuente/);
    expect(lines).toEqual([]); // no "init() replaces the logger" warning reaches the host
    expect(host.t('hi')).toBe('Hallo');
    expect(host.language).toBe('de');
    host.t('missing.key');
    expect(lines.some((l) => l.includes('missingKey'))).toBe(true);
    // i18next 26 shares one logger between instances: the host's own calls still reach the host's logger.
    lines.length = 0;
    await host.changeLanguage('de');
    expect(lines.some((l) => l.includes('languageChanged'))).toBe(true);
    expect(i18next.isInitialized).toBeFalsy();
  });
});
