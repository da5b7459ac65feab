// Opens cotejo's HTML report in a real browser (Debian's chromium driven by playwright-core).
// Skips itself, with a message, when /usr/bin/chromium is absent (apt-get install -y chromium).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { renderHTML } from '../../src/report/index.js';
import { corpusCases, goldAlignment, goldQuoteReport, PAYLOADS } from '../report-helpers.js';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from './launchChromium.js';

const HAVE = HAVE_CHROMIUM;
if (!HAVE) console.warn(`report.browser.test: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

describe.skipIf(!HAVE)('HTML report in chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cotejo-html-'));
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every finding of a corpus report, localized, and saves a screenshot', async () => {
    const name = corpusCases()[0];
    const { en, es, report } = goldQuoteReport(name);
    const { alignment } = goldAlignment(name);
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHTML({ en, es, alignment, quotes: report }, { locale: 'es' }));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href);
    const findings = [...report.quotes.flatMap((q) => q.findings), ...report.claims];
    const shown = await page.locator('li.finding').allInnerTexts();
    expect(shown).toHaveLength(findings.length);
    for (const f of findings) expect(shown.some((s) => s.includes(f.message))).toBe(true);
    expect(await page.locator('h2').first().innerText()).toBe('Citas');
    // Severity colours apply (the inline stylesheet is allowed by the CSP).
    const bg = await page.locator('li.finding.sev-error').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('article.quote').count()).toBe(report.quotes.length);
    expect(await page.locator('#alignment tbody tr').count()).toBeGreaterThanOrEqual(alignment.beads.length);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });
    await page.close();
  }, 60_000);

  for (const bypassCSP of [false, true]) {
    it(`never runs planted <script> or onerror payloads (CSP ${bypassCSP ? 'bypassed: escaping alone' : 'on'})`, async () => {
      const evil = PAYLOADS.join('\n');
      const en = `Intro.\n\nHe said “${evil}” today.`;
      const es = `Dijo «${evil}» hoy.`;
      const qs = en.indexOf(evil);
      const ss = es.indexOf(evil);
      const html = renderHTML({
        en,
        es,
        quotes: {
          quotes: [{ text: evil, start: qs, end: qs + evil.length, speaker: evil, status: 'mismatch', source: { text: evil, start: ss, end: ss + evil.length, speaker: evil },
            findings: [{ type: 'number', severity: 'error', en: { text: evil.slice(0, 12), start: qs, end: qs + 12 }, es: null, message: evil }] }],
          claims: [],
        },
      }, { title: evil });
      const context = await browser.newContext({ bypassCSP, javaScriptEnabled: true });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      const file = join(dir, `evil-${bypassCSP}.html`);
      writeFileSync(file, html);
      await page.goto(pathToFileURL(file).href);
      await page.locator('li.finding').first().hover();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('script, img, svg, iframe, a').length)).toBe(0);
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))))).toBe(false);
      expect(dialogs).toEqual([]);
      expect(page.url()).toBe(pathToFileURL(file).href);
      expect(await page.locator('li.finding').innerText()).toContain('<script>window.__pwned = 1</script>');
      if (!bypassCSP) await page.screenshot({ path: join(SHOTS, 'payloads.png'), fullPage: true });
      await context.close();
    }, 60_000);
  }
});
