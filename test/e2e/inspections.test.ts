import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const staff: NewAccount = { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' };
const member: NewAccount = { username: 'inspector1', password: PASSWORD, role: 'inspector', displayName: '张检查' };
const outsider: NewAccount = { username: 'inspector2', password: PASSWORD, role: 'inspector', displayName: '李检查' };

const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' };
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };
const ROUND = '环保窗口明察';
const FINDING = '排污许可窗口无人值守';
const MISTAKE = '办证窗口排队过长';

/** Picks an option of an antd select by typing into it, as a user does. */
async function choose(page: Page, select: Locator, typed: string, title: string): Promise<void> {
  await select.click();
  await page.keyboard.type(typed);
  await page.locator(`.ant-select-item-option[title="${title}"]`).click();
}

async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
}

describe('an open inspection: planned by the office, recorded by its member, filed as a case', () => {
  let server: TestServer;
  let browser: Browser;
  let roundPath = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([staff, member, outsider]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'inspections', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the office plans an open round of 市环保局 with one member and starts it', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.getByRole('menuitem', { name: '明察暗访' }).click();
    await page.getByRole('heading', { name: '明察暗访' }).waitFor();
    await page.getByText('还没有安排明察暗访').waitFor();
    await snap(page, 'inspections-01-empty-list');

    await page.getByTestId('new-inspection').click();
    const drawer = page.getByRole('dialog');
    await settled(drawer);
    expect(await drawer.getByRole('radio', { name: '明察' }).isChecked()).toBe(true);
    await drawer.getByLabel('检查名称').fill(ROUND);
    await choose(page, drawer.getByLabel('被检查单位'), '市环保局', '市环保局');
    await page.keyboard.press('Escape');
    await choose(page, drawer.getByLabel('检查组成员（本平台账号）'), '张检查', '张检查（inspector1）');
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: '添加特邀成员' }).click();
    await drawer.getByLabel('姓名').fill('刘代表');
    await drawer.getByLabel('身份或单位').fill('人大代表');
    await page.keyboard.press('Escape');
    await drawer.getByLabel('备注').fill('重点检查排污许可窗口的服务态度。');
    await snap(page, 'inspections-02-create-form', { fullPage: false });
    await drawer.getByTestId('round-submit').click();

    await page.waitForURL(/\/inspections\/\d+$/);
    roundPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: ROUND }).waitFor();
    await page.getByTestId('round-status').filter({ hasText: '计划中' }).waitFor();
    const facts = page.getByTestId('round-facts');
    await facts.getByText('市环保局').waitFor();
    await facts.getByText('张检查').waitFor();
    await facts.getByText('刘代表（人大代表）').waitFor();
    await page.getByTestId('start-round').click();
    await page.getByTestId('round-status').filter({ hasText: '进行中' }).waitFor();
    await page.getByTestId('close-round').filter({ hasText: '结束检查' }).waitFor();
    await snap(page, 'inspections-03-round-started');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the member finds the round in its list and records a finding on a phone', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, member);
    // The bell tells the member of the round, and one click opens it.
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification').filter({ hasText: `检查任务：${ROUND}` }).waitFor();
    await page.getByTestId('notification').filter({ hasText: `检查开始：${ROUND}` }).click();
    await page.waitForURL(/\/inspections\/\d+$/);
    await page.getByRole('heading', { name: ROUND }).waitFor();
    await page.goto(`${server.url}/inspections`);
    await page.getByText('仅显示您参加的检查').waitFor();
    await expect.poll(() => page.getByTestId('new-inspection').count()).toBe(0);
    // On a phone each round is a block that opens it.
    await page.getByTestId('round').filter({ hasText: ROUND }).getByText('1 个单位 · 2 名成员 · 发现问题 0 个，已立案 0 个').waitFor();
    await snap(page, 'inspections-03b-phone-list');
    await page.getByRole('link', { name: ROUND }).click();
    await page.getByRole('heading', { name: ROUND }).waitFor();
    const form = page.getByTestId('finding-form');
    // The round visits one unit, so it is already chosen; the time is now.
    await expect.poll(() => form.locator('.ant-form-item', { hasText: '被检查单位' }).textContent()).toContain('市环保局');
    expect(await form.getByLabel('发现时间').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await choose(page, form.getByLabel('问题类别'), '7', '7. 对企业和群众态度冷漠');
    await form.getByLabel('问题摘要').fill(FINDING);
    await form.getByLabel('具体情况').fill('上午十时许，排污许可窗口无人值守，群众等候二十分钟无人接待。');
    await snap(page, 'inspections-04-phone-finding-form');
    await form.getByTestId('finding-submit').click();
    const findings = page.getByTestId('findings');
    await findings.getByText(FINDING, { exact: true }).waitFor();
    // On a phone each finding is a block of its own, with its unit, category, time and recorder.
    await findings.getByRole('listitem').filter({ hasText: FINDING }).getByText(/· 张检查$/).waitFor();
    await findings.getByText('对企业和群众态度冷漠').waitFor();
    // The form starts afresh for the next finding.
    expect(await form.getByLabel('问题摘要').inputValue()).toBe('');
    await expect.poll(() => findings.getByTestId('file-case').count()).toBe(0);

    // A second finding, recorded by mistake, is withdrawn with the reason; the first is corrected.
    await choose(page, form.getByLabel('问题类别'), '5', '5. 办事效率低');
    await form.getByLabel('问题摘要').fill(MISTAKE);
    await form.getByLabel('具体情况').fill('误记：排队的是隔壁单位的窗口。');
    await form.getByTestId('finding-submit').click();
    const mistaken = findings.getByRole('listitem').filter({ hasText: MISTAKE });
    await mistaken.getByTestId('finding-withdraw').click();
    const withdrawal = page.getByRole('dialog', { name: '撤回这条问题？' });
    await settled(withdrawal);
    await withdrawal.getByTestId('finding-withdraw-confirm').click();
    await withdrawal.getByText('请填写撤回原因').waitFor();
    await withdrawal.getByTestId('finding-withdraw-reason').fill('记错单位，是隔壁单位的窗口');
    await withdrawal.getByTestId('finding-withdraw-confirm').click();
    await mistaken.getByTestId('finding-withdrawn').waitFor();
    await mistaken.getByText(/撤回：记错单位，是隔壁单位的窗口/).waitFor();
    await expect.poll(() => mistaken.getByTestId('finding-withdraw').count()).toBe(0);
    await page.getByText('发现的问题（1）').waitFor();

    await findings.getByRole('listitem').filter({ hasText: FINDING }).getByTestId('finding-edit').click();
    const editing = page.getByRole('dialog', { name: '修改发现的问题' });
    await settled(editing);
    expect(await editing.getByLabel('问题摘要').inputValue()).toBe(FINDING);
    await editing.getByLabel('具体情况').fill('上午十时许，排污许可窗口无人值守，群众等候三十分钟无人接待。');
    await snap(page, 'inspections-04b-phone-finding-edit', { fullPage: false });
    await editing.getByTestId('finding-submit').click();
    await editing.waitFor({ state: 'hidden' });
    await findings.getByText(/群众等候三十分钟/).waitFor();
    await snap(page, 'inspections-04c-phone-findings');
    // Nothing reaches past the phone's width (the table scrolls inside its card).
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('an inspector who is not a member sees no rounds, and not this one', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, outsider);
    await page.goto(`${server.url}/inspections`);
    await page.getByText('您还没有被安排参加明察暗访').waitFor();
    expect(await page.getByText(ROUND).count()).toBe(0);
    await page.goto(server.url + roundPath);
    await page.getByText('检查不存在，或您不是该检查组的成员').waitFor();
    expect(await page.getByText(FINDING).count()).toBe(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the office turns the finding into a case on the 明察 channel', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.goto(`${server.url}/inspections`);
    const row = page.getByTestId('rounds').getByRole('row', { name: new RegExp(ROUND) });
    await row.getByText('1 / 0').waitFor();
    await row.getByRole('link', { name: ROUND }).click();
    const findings = page.getByTestId('findings');
    await findings.getByText(FINDING, { exact: true }).waitFor();
    await findings.getByTestId('file-case').click();
    const link = findings.getByTestId('finding-case');
    await link.filter({ hasText: /ZF\d{4}-\d+/ }).waitFor();
    await snap(page, 'inspections-05-round-filed');
    await link.click();
    await page.waitForURL(/\/cases\/\d+$/);
    await page.getByRole('heading', { name: FINDING }).waitFor();
    await page.getByTestId('case-code').filter({ hasText: /ZF\d{4}-\d+/ }).waitFor();
    await page.getByText('明察', { exact: true }).first().waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });
});
