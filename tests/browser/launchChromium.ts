import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's chromium; the browser tests skip, with a message, when it is absent (apt-get install -y chromium). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether {@link CHROMIUM} is installed. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/**
 * Launches Debian's chromium headless through playwright-core (never a downloaded browser), with the flags this
 * closed-network machine needs (no background networking, no component updates, no sync).
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
