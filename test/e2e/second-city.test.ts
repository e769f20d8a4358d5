import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type TestServer } from './server';
import { signIn } from './signIn';

/**
 * Another city's campaign is current, with Harbin's 2011 campaign imported beside it: every
 * console and portal page, in both languages, shows the other city's plan and nothing of the
 * 2011 plan's own (its city, its office, its panels, its problems), and no raw codes.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const OTHER_PLAN = path.join(ROOT, 'test/fixtures/plans/qiqihar-2013.json');
interface PlanFile {
  campaign: { name: string; city: string; shortName?: string };
  problemCategories: { code: string; name: string }[];
  organisation: { leadingGroup?: { name: string }; office?: { name: string; shortName?: string } };
  measures: { evaluationPanels: { code: string; name: string }[]; evaluationPublication?: string };
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PlanFile;
const harbin = read(path.join(ROOT, 'plans/harbin-2011.json'));
const other = read(OTHER_PLAN);

/** What only the 2011 plan says: none of it may show while the other campaign is looked at. */
const HARBIN_WORDS = [
  harbin.campaign.city,
  harbin.campaign.name,
  harbin.campaign.shortName,
  harbin.organisation.leadingGroup?.name,
  harbin.organisation.office?.name,
  harbin.organisation.office?.shortName,
  harbin.measures.evaluationPublication,
  ...harbin.measures.evaluationPanels.map((p) => p.name),
  ...harbin.problemCategories.map((c) => c.name),
  'Harbin',
  '2011',
].filter((w): w is string => Boolean(w));
/** A code as the plan and the API spell it (half_yearly, slow_approval): never shown to a reader. */
const RAW_CODE = /\b[a-z]+(?:_[a-z]+)+\b/;

const PASSWORD = 'Str0ng-Passw0rd!x';
const admin = { username: 'admin2', password: PASSWORD, role: 'office_admin', displayName: '管理员' };
const liaison = { username: 'liaison2', password: PASSWORD, role: 'unit_liaison', displayName: '联络员', unit: '市住建局' };

const CONSOLE = ['/', '/cases', '/cases/new', '/inspections', '/evaluations', '/projects', '/units', '/users', '/settings/deadlines', '/settings/campaigns', '/account', '/dashboard', '/self-inspections', '/publications', '/assessment'];
const PORTAL = ['/portal', '/portal/file', '/portal/track', '/portal/rankings'];

describe('a second city’s campaign, current beside 2011', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let crashes: string[];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([admin, liaison], { PLAN_FILE: OTHER_PLAN }, [path.join(ROOT, 'plans/harbin-2011.json')]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    ({ page, crashes } = await openPage(context));
  });
  afterEach((test) => snapFailure(browser, 'second-city', test.task));
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The page's visible words, once it has settled (no spinner, the header's campaign name shown). */
  async function wordsOf(url: string): Promise<string> {
    await page.goto(`${server.url}${url}`);
    await page.waitForLoadState('networkidle');
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    return page.locator('body').innerText();
  }

  /** The administrator's list of campaigns names every campaign: that is what it is for. */
  const LISTS_EVERY_CAMPAIGN = '/settings/campaigns';

  function expectNoHarbin(url: string, words: string): void {
    if (!url.startsWith(LISTS_EVERY_CAMPAIGN)) for (const w of HARBIN_WORDS) expect(words.includes(w), `${url} shows “${w}”`).toBe(false);
    expect(words.match(RAW_CODE)?.[0] ?? null, `${url} shows a raw code`).toBeNull();
  }

  it('serves the other city on every portal page, in Chinese and in English', async () => {
    for (const url of PORTAL) {
      const words = await wordsOf(url);
      expectNoHarbin(url, words);
      if (url === '/portal') expect(words).toContain(other.campaign.shortName ?? other.campaign.name);
    }
    await snap(page, 'second-city-portal');
    await page.goto(`${server.url}/portal`);
    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'EN' }).click();
    for (const url of PORTAL) expectNoHarbin(`${url} (en)`, await wordsOf(url));
    await snap(page, 'second-city-portal-en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  });

  it('shows the office the other city’s plan on every console page, in Chinese and in English', async () => {
    await page.goto(`${server.url}/portal`);
    await signIn(page, server.url, admin);
    await page.getByTestId('campaign-name').filter({ hasText: other.campaign.name }).first().waitFor();
    for (const url of CONSOLE) {
      const words = await wordsOf(url);
      expectNoHarbin(url, words);
      if (url === '/') for (const c of other.problemCategories) expect(words).toContain(c.name);
    }
    await snap(page, 'second-city-plan');
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Unit registry' }).waitFor();
    for (const url of CONSOLE) expectNoHarbin(`${url} (en)`, await wordsOf(url));
    await snap(page, 'second-city-plan-en');
    await page.getByText('中文', { exact: true }).first().click();
  });

  it('lets the office look at the 2011 campaign and back, and a liaison only at its city’s', async () => {
    await page.goto(`${server.url}/`);
    const switcher = page.getByTestId('campaign-switch');
    // Looks at a campaign through the header's switcher; a click lost while its list opens or closes is tried again.
    const lookAt = async (name: string) => {
      const shown = page.getByTestId('campaign-name').filter({ hasText: name }).first();
      for (let attempt = 0; attempt < 3 && !(await shown.isVisible()); attempt++) {
        await switcher.click();
        await page.getByTestId('campaign-option').filter({ hasText: name }).click({ timeout: 10_000 }).catch(() => undefined);
        await shown.waitFor({ timeout: 10_000 }).catch(() => undefined);
      }
      await shown.waitFor();
    };
    await lookAt(harbin.campaign.name);
    await page.getByTestId('problem-category').filter({ hasText: harbin.problemCategories[0]?.name ?? '' }).first().waitFor();
    await snap(page, 'second-city-switched');
    await lookAt(other.campaign.name);

    const liaisonContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
    const { page: phone } = await openPage(liaisonContext);
    await signIn(phone, server.url, liaison);
    // On a phone the header names the campaign by its short name.
    await phone.getByTestId('campaign-name').filter({ hasText: other.campaign.shortName ?? other.campaign.name }).first().waitFor();
    for (const url of ['/', '/cases', '/units', '/evaluations/my-unit']) {
      await phone.goto(`${server.url}${url}`);
      await phone.waitForLoadState('networkidle');
      const words = await phone.locator('body').innerText();
      for (const w of HARBIN_WORDS) expect(words.includes(w), `${url} (liaison) shows “${w}”`).toBe(false);
    }
    await snap(phone, 'second-city-liaison-phone');
    await liaisonContext.close();
    expect(crashes).toEqual([]);
  });

  it('once the office closes the current campaign, the portal takes no new complaints and says so', async () => {
    const setClosed = (closed: boolean) =>
      page.evaluate(async (closing) => {
        const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const list = (await (await fetch('/api/campaigns')).json()) as { code: string; isCurrent: boolean }[];
        const current = list.find((c) => c.isCurrent);
        const response = await fetch(`/api/campaigns/${current?.code}/closed`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ closed: closing }) });
        return response.status;
      }, closed);
    await page.goto(`${server.url}/`);
    if ((await page.evaluate(async () => (await fetch('/api/auth/me')).status)) !== 200) await signIn(page, server.url, admin);
    expect(await setClosed(true)).toBeLessThan(300);
    const citizen = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
    const { page: phone, crashes: phoneCrashes } = await openPage(citizen);
    await phone.goto(`${server.url}/portal`);
    await phone.getByTestId('portal-ended').filter({ hasText: '已停止受理新的投诉' }).waitFor();
    await phone.getByRole('link', { name: '查询进度' }).first().waitFor();
    expect(await phone.getByRole('link', { name: /我要投诉/ }).count()).toBe(0);
    await snap(phone, 'second-city-portal-closed');
    await phone.goto(`${server.url}/portal/file`);
    await phone.getByTestId('file-closed').waitFor();
    expect(await phone.locator('form').count()).toBe(0);
    expect(await setClosed(false)).toBeLessThan(300);
    await phone.goto(`${server.url}/portal`);
    await phone.getByRole('link', { name: /我要投诉/ }).first().waitFor();
    expect(phoneCrashes).toEqual([]);
    await citizen.close();
  });
});
