import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Saves a picture under screenshots/ (git-ignored) for a person to look at: the full page,
 * scrolled to the top first so that sticky headers sit where a reader sees them, or just the
 * viewport (for an open menu or popover). Under CI (CI=true), where nobody looks at them, none
 * is taken unless SNAP=1: the pictures assert nothing and cost a good part of the journeys' time.
 */
export async function snap(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.CI === 'true' && process.env.SNAP !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** A page that records uncaught errors and every URL it requests. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; crashes: string[]; requested: string[] }> {
  const page = await context.newPage();
  const crashes: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  return { page, crashes, requested };
}

/** For afterEach: a failed test leaves a picture of every open page behind, named after it. */
export async function snapFailure(browser: Browser | undefined, prefix: string, task: { name: string; result?: { state?: string } }): Promise<void> {
  if (!browser || task.result?.state !== 'fail') return;
  const pages = browser.contexts().flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) await snap(page, `${prefix}-failed-${task.name.slice(0, 40)}-${index}`);
}
