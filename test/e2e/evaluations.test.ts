import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const staff: NewAccount = { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' };
const leader: NewAccount = { username: 'leader', password: PASSWORD, role: 'leader', displayName: '赵组长' };

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const UNITS = ['市环保局', '市公安局', '市工商局'];
const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
/** The quarter of today: the round the office opens by default (the suites' 2011 campaign still runs, test/fixtures/plans.ts). */
const PERIOD = `${day(0).slice(0, 4)}Q${Math.ceil(Number(day(0).slice(5, 7)) / 3)}`;

/** The API as the office staff, for what the journey takes as given (the evaluator registry). */
async function api(base: string) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: staff.username, password: PASSWORD }) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(base + path, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
}


describe('a quarter of 百家企业评政风: from the round to the published ranking', () => {
  let server: TestServer;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof api>>;
  let roundId = 0;
  let unitIds: number[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([staff, leader]);
    browser = await launchBrowser();
    call = await api(server.url);
    const units = await (await fetch(`${server.url}/api/units`)).json() as { id: number; name: string }[];
    unitIds = UNITS.map((name) => units.find((u) => u.name === name)?.id as number);
    // Five enterprise representatives who dealt with the three units.
    for (let i = 1; i <= 5; i++) {
      await call('POST', '/api/evaluations/evaluators', { panel: 'enterprise', name: `企业代表${i}`, organisation: `哈尔滨某企业${i}`, dealtUnitIds: unitIds });
    }
  });

  afterEach(({ task }) => snapFailure(browser, 'evaluations', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the office opens the round and issues the links', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.getByRole('menuitem', { name: '服务对象评议' }).click();
    await page.getByRole('heading', { name: '服务对象评议' }).waitFor();
    await page.getByTestId('new-round').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
    await dialog.getByLabel('开始日期').fill(day(-1));
    await dialog.getByLabel('开始日期').press('Enter');
    await dialog.getByLabel('截止日期').fill(day(10));
    await dialog.getByLabel('截止日期').press('Enter');
    await snap(page, 'evaluations-01-new-round');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/evaluations\/rounds\/\d+/);
    roundId = Number(/rounds\/(\d+)/.exec(page.url())?.[1]);
    await page.getByTestId('round-state').filter({ hasText: '进行中' }).first().waitFor();
    await page.getByTestId('generate-invitations').click();
    await page.getByText('新生成 5 条邀请链接，本轮共 5 条').waitFor();
    await page.getByRole('cell', { name: '企业代表1' }).waitFor();
    await snap(page, 'evaluations-02-round');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('an evaluator rates three units on a phone and submits; the token never reaches a URL', async () => {
    const { items } = await call<{ items: { name: string; link: string }[] }>('GET', `/api/evaluations/rounds/${roundId}/invitations`);
    const link = items.find((i) => i.name === '企业代表1')?.link as string;
    const token = link.split('#')[1] as string;
    const context = await browser.newContext(PHONE);
    const { page, crashes, requested } = await openPage(context);
    await page.goto(server.url + link);
    await page.getByTestId('evaluate-units').waitFor();
    // The token is taken out of the address bar at once.
    expect(page.url()).not.toContain(token);
    await snap(page, 'evaluations-03-phone-units');
    const levels = ['满意', '非常满意', '基本满意'];
    for (const [index, name] of UNITS.entries()) {
      await page.getByTestId('evaluate-units').getByRole('button', { name: new RegExp(name) }).click();
      await page.getByTestId('evaluate-unit-name').filter({ hasText: name }).waitFor();
      await page.getByTestId('levels-overall').getByRole('radio', { name: levels[index], exact: true }).click();
      if (index === 0) {
        await page.getByTestId('levels-cold_attitude').getByRole('radio', { name: '不满意', exact: true }).click();
        await page.getByTestId('evaluate-comment').fill('环评窗口办事拖拉，材料反复补交。');
        await snap(page, 'evaluations-04-phone-rating');
      }
      await page.getByTestId('evaluate-to-list').or(page.getByTestId('evaluate-next')).first().waitFor();
      await page.goBack();
      await page.getByTestId('evaluate-units').waitFor();
    }
    await page.getByTestId('evaluate-progress').filter({ hasText: '3' }).waitFor();
    await page.getByTestId('evaluate-review').click();
    await page.getByTestId('evaluate-review-rated').getByText('市工商局').waitFor();
    await page.getByTestId('evaluate-submit').click();
    await page.getByTestId('evaluate-confirm-submit').click();
    await page.getByTestId('evaluate-thanks').waitFor();
    await snap(page, 'evaluations-05-phone-thanks');
    expect(requested.filter((url) => url.includes(token))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the office sees the ranking once enough answers are in, and asks for approval', async () => {
    // The four other representatives answer too (five answers make a score).
    const { items } = await call<{ items: { name: string; link: string }[] }>('GET', `/api/evaluations/rounds/${roundId}/invitations`);
    for (const i of items.filter((x) => x.name !== '企业代表1')) {
      const answers = unitIds.map((unitId, k) => ({ unitId, levels: { overall: ['very_satisfied', 'satisfied', 'basically_satisfied'][k] } }));
      const res = await fetch(`${server.url}/api/public/evaluate/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ roundId, token: i.link.split('#')[1], answers }) });
      expect(res.status).toBe(200);
    }
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.goto(`${server.url}/evaluations/results?period=${PERIOD}`);
    const ranking = page.getByTestId('ranking');
    await ranking.getByRole('cell', { name: '市环保局', exact: true }).waitFor();
    await ranking.getByRole('cell', { name: '市公安局', exact: true }).waitFor();
    await page.getByTestId('comments').getByText('环评窗口办事拖拉').waitFor();
    // The office has read the comment: it goes to the unit it is about.
    await page.getByTestId('comments').getByTestId('release-comment').click();
    await page.getByTestId('comments').getByText('已发给单位').waitFor();
    await snap(page, 'evaluations-06-results');
    // A ranking is frozen only once the period's rounds are closed.
    await call('POST', `/api/evaluations/rounds/${roundId}/close`);
    await page.getByTestId('submit-publication').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
    await dialog.getByRole('button', { name: /提交/ }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('publications').getByText('待审批').waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('a leader approves, and the portal shows the ranking to everyone', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, leader);
    await page.goto(`${server.url}/evaluations/results?period=${PERIOD}`);
    await page.getByTestId('approve-publication').click();
    const confirm = page.getByRole('dialog');
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
    await confirm.getByRole('button', { name: /批准|确定|公布/ }).last().click();
    await page.getByTestId('publications').getByText('已批准公布').waitFor();
    await snap(page, 'evaluations-07-approved');
    expect(crashes).toEqual([]);
    await context.close();

    const phone = await browser.newContext(PHONE);
    const portal = await openPage(phone);
    await portal.page.goto(`${server.url}/portal/rankings`);
    await portal.page.getByTestId('rankings-list').getByRole('link').first().click();
    const table = portal.page.getByTestId('ranking-table');
    await table.waitFor();
    await table.getByText('市环保局').first().waitFor();
    await table.getByText('市工商局').first().waitFor();
    await snap(portal.page, 'evaluations-08-portal-ranking');
    expect(portal.crashes).toEqual([]);
    await phone.close();
  });
});
