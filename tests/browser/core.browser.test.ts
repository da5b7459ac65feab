// The library's core runs in a browser: src/index.ts is bundled for the browser (as a bundler would) and loaded
// into Debian's chromium, where it segments, aligns and checks the quotes of a corpus case, then renders the HTML
// report of that real result. Also a static check that nothing outside src/cli imports a Node-only module.
// Skips the browser part, with a message, when /usr/bin/chromium is absent.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { findQuoteMismatches } from '../../src/index.js';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from './launchChromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HAVE = HAVE_CHROMIUM;
if (!HAVE) console.warn(`core.browser.test: browser part skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the core is browser-safe', () => {
  it('no module outside src/cli imports node: builtins or Node-only packages', () => {
    const offenders: string[] = [];
    for (const f of sourceFiles(join(ROOT, 'src'))) {
      if (f.includes(`${join('src', 'cli')}`)) continue;
      const code = readFileSync(f, 'utf8');
      const imports = [...code.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
        .map((m) => m[1] ?? m[2]);
      for (const spec of imports) {
        if (/^node:|^(fs|path|os|url|util|worker_threads|child_process|crypto|stream)$/.test(spec)) {
          offenders.push(`${relative(ROOT, f)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe.skipIf(!HAVE)('the core in chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cotejo-core-browser-'));
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(ROOT, 'src/index.ts')],
      outfile: join(dir, 'cotejo.js'),
      bundle: true,
      format: 'iife', // file:// pages cannot import ES modules (origin null), so the bundle is inlined
      globalName: 'cotejo',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('segments, aligns and checks quotes in the page, the same as in Node, and renders the report', async () => {
    const name = '10-housing-subsidies-numbers';
    const en = readFileSync(join(ROOT, 'corpus', name, 'en.txt'), 'utf8');
    const es = readFileSync(join(ROOT, 'corpus', name, 'es.txt'), 'utf8');
    writeFileSync(join(dir, 'case.json'), JSON.stringify({ en, es }));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><title>cotejo core</title>
<script type="application/json" id="case">${JSON.stringify({ en, es }).replace(/</g, '\\u003c')}</script>
<script>${readFileSync(join(dir, 'cotejo.js'), 'utf8').replace(/<\/script/gi, '<\\/script')}</script>
<script>
const { en, es } = JSON.parse(document.getElementById('case').textContent);
const report = cotejo.findQuoteMismatches(en, es, { locale: 'es' });
window.__result = {
  sentences: cotejo.segment(en).length,
  beads: cotejo.align(en, es, { mode: 'comparable' }).beads.length,
  report,
  html: cotejo.renderHTML({ en, es, quotes: report }, { locale: 'es' }),
};
</script>`,
    );
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, null, { timeout: 30_000 });
    const result = await page.evaluate(() => (window as unknown as { __result: { sentences: number; beads: number; report: unknown; html: string } }).__result);
    expect(errors).toEqual([]);
    expect(result.sentences).toBeGreaterThan(10);
    expect(result.beads).toBeGreaterThan(5);
    // the browser computes exactly what Node computes
    expect(result.report).toEqual(JSON.parse(JSON.stringify(findQuoteMismatches(en, es, { locale: 'es' }))));
    const report = result.report as { quotes: { findings: unknown[] }[]; claims: unknown[] };
    await page.setContent(result.html);
    const shown = await page.locator('li.finding').count();
    expect(shown).toBe(report.quotes.reduce((n, q) => n + q.findings.length, 0) + report.claims.length);
    expect(shown).toBeGreaterThan(0);
    await page.close();
  }, 90_000);
});
