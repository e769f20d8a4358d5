import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const staff: NewAccount = { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' };
const liaison: NewAccount = { username: 'liaison', password: PASSWORD, role: 'unit_liaison', displayName: '李联络', unit: '市环保局' };

const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' };
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };
const TITLE = '环保局自查自纠报告';
const GRAFT = '窗口工作人员收受办事群众购物卡';
const SLOW = '排污许可审批超时限';
const RULE = '窗口服务首问负责制';
const RETURN_COMMENT = '整改措施过于笼统，请写明审批各环节的办理时限';
const BETTER_MEASURE = '压缩审批环节，受理、审查、决定三个环节分别限时 3、5、2 个工作日';

/** Picks an option of an antd select by typing into it, as a user does. */
async function choose(page: Page, select: Locator, typed: string, title: string): Promise<void> {
  await select.click();
  await page.keyboard.type(typed);
  // Only the open list: the lists of selects chosen from before stay in the page, hidden.
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`).click();
}

/** Types a day into an antd date picker and takes it. */
async function pickDay(field: Locator, day: string): Promise<void> {
  await field.click();
  await field.fill(day);
  await field.press('Enter');
}

async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
}

async function noSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** Chooses the review's decision, and waits until the form holds it (a click while the panel is still settling can be lost). */
async function decide(panel: Locator, label: string): Promise<void> {
  const choice = panel.getByTestId('review-decision-choice').getByText(label, { exact: true });
  await expect
    .poll(async () => {
      if (!(await panel.locator('.ant-radio-button-wrapper-checked').filter({ hasText: label }).count())) await choice.click();
      return panel.locator('.ant-radio-button-wrapper-checked').filter({ hasText: label }).count();
    })
    .toBe(1);
}

describe('self-inspection: asked by the office, written and corrected by the unit, reviewed twice', () => {
  let server: TestServer;
  let browser: Browser;
  let reportPath = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([staff, liaison]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'self-inspections', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the office asks 市环保局 alone for its self-inspection report', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.getByRole('menuitem', { name: '自查自纠' }).click();
    await page.getByRole('heading', { name: '自查自纠' }).waitFor();
    await page.getByText('还没有发起报告').waitFor();

    await page.getByTestId('new-request').click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    // The title follows the kind, and the due day is the end of a phase still to come.
    expect(await dialog.getByLabel('报告名称').inputValue()).toMatch(/^\d{4}年自查自纠报告$/);
    expect(await dialog.getByLabel('报送截止日期').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByText(/建议：“.+”的结束日/).waitFor();
    await choose(page, dialog.getByLabel('报告类型'), '年终', '年终总结报告');
    expect(await dialog.getByLabel('报告名称').inputValue()).toMatch(/^\d{4}年政风建设年工作总结$/);
    await choose(page, dialog.getByLabel('报告类型'), '自查', '自查自纠报告');
    await dialog.getByLabel('报告名称').fill(TITLE);
    await dialog.getByLabel('报送要求').fill('对照八个突出问题逐项查摆，写明整改措施、责任人和整改时限。');
    await dialog.getByRole('radio', { name: '指定单位' }).check();
    await choose(page, dialog.getByLabel('选择单位'), '市环保局', '市环保局');
    await page.keyboard.press('Escape');
    await dialog.getByText('发起报告', { exact: true }).click();
    await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
    await snap(page, 'self-inspections-01-new-request', { fullPage: false });
    await dialog.getByRole('button', { name: /发\s*起/ }).click();

    await page.waitForURL(/\/self-inspections\/requests\/\d+$/);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const row = page.getByTestId('unit-reports').getByRole('row', { name: /市环保局/ });
    await row.getByTestId('report-status').filter({ hasText: '未提交' }).waitFor();
    await page.getByTestId('request-progress').getByText('已提交 0 / 1').waitFor();
    await snap(page, 'self-inspections-02-request');
    // The progress as a workbook, downloaded with the session.
    const workbook = await page.request.get(server.url + ((await page.getByTestId('request-export').getAttribute('href')) ?? ''));
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');

    await page.goto(`${server.url}/self-inspections`);
    await page.getByTestId('requests').getByRole('row', { name: new RegExp(TITLE) }).getByText('已提交 0 / 1').waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the liaison writes two rectifications and a rule, and submits the report', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, liaison);
    await page.getByRole('menuitem', { name: '自查自纠' }).click();
    const request = page.getByTestId('requests').getByRole('row', { name: new RegExp(TITLE) });
    await request.getByTestId('report-status').filter({ hasText: '未提交' }).waitFor();
    await request.getByTestId('open-my-report').filter({ hasText: '填写报告' }).click();
    await page.waitForURL(/\/self-inspections\/reports\/\d+$/);
    reportPath = new URL(page.url()).pathname;
    await page.getByTestId('report-unit').filter({ hasText: '市环保局' }).waitFor();
    await page.getByTestId('save-status').filter({ hasText: '自动保存草稿' }).waitFor();

    await page.getByTestId('add-rectification').click();
    const first = page.getByTestId('rectification-editor').nth(0);
    await choose(page, first.getByLabel('问题类别'), '6', '6. 吃拿卡要');
    await first.getByLabel('查摆出的问题').fill(GRAFT);
    await first.getByLabel('整改措施').fill('退还购物卡，对当事人诫勉谈话，在窗口公示举报电话');
    await first.getByLabel('责任人').fill('赵科长');
    await pickDay(first.getByLabel('整改时限'), '2011-04-30');
    await choose(page, first.getByLabel('整改状态'), '已', '已完成');
    await first.getByLabel('整改成效及佐证').fill('购物卡已退还（收据编号 2011-018），诫勉谈话记录存档');
    await first.getByLabel('整改成效及佐证').blur();
    await page.getByTestId('save-status').filter({ hasText: /已保存 \d{2}:\d{2}/ }).waitFor();

    await page.getByTestId('add-rectification').click();
    const second = page.getByTestId('rectification-editor').nth(1);
    await second.getByTestId('rectification-state').filter({ hasText: '计划整改' }).waitFor();
    await choose(page, second.getByLabel('问题类别'), '5', '5. 办事效率低');
    await second.getByLabel('查摆出的问题').fill(SLOW);
    // Not yet whole: kept on this device until it is.
    await page.getByTestId('save-incomplete').filter({ hasText: '1 项未填写完整' }).waitFor();
    await second.getByLabel('整改措施').fill('梳理审批流程，明确时限');
    await second.getByLabel('责任人').fill('钱处长');
    await pickDay(second.getByLabel('整改时限'), '2011-09-30');
    await choose(page, second.getByLabel('整改状态'), '整改中', '整改中');
    // Its deadline has passed and it is not done: overdue, in red.
    await second.getByTestId('rectification-state').filter({ hasText: '逾期' }).waitFor();

    await page.getByTestId('add-institution').click();
    const rule = page.getByTestId('institution-editor').nth(0);
    await rule.getByLabel('制度名称').fill(RULE);
    await rule.getByLabel('文号').fill('环办发〔2011〕12号');
    await pickDay(rule.getByLabel('印发日期'), '2011-03-01');
    await page.getByTestId('report-summary').fill('对照八个突出问题开展自查，查摆问题 2 个，已整改 1 个。');
    await page.getByTestId('report-summary').blur();
    await page.getByTestId('save-status').filter({ hasText: /已保存 \d{2}:\d{2}/ }).waitFor();
    expect(await page.getByTestId('save-incomplete').count()).toBe(0);
    await snap(page, 'self-inspections-03-editor');

    // What was saved is what a reload shows.
    await page.reload();
    await page.getByTestId('rectification-editor').nth(1).getByText('逾期').waitFor();
    expect(await page.getByTestId('rectification-editor').nth(1).getByLabel('查摆出的问题').inputValue()).toBe(SLOW);
    expect(await page.getByTestId('institution-editor').nth(0).getByLabel('制度名称').inputValue()).toBe(RULE);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);

    await page.getByTestId('submit-report').click();
    const confirm = page.getByRole('dialog', { name: '提交报告？' });
    await settled(confirm);
    await confirm.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('report-status').filter({ hasText: '待审核' }).waitFor();
    await page.getByTestId('report-content').getByText(GRAFT).waitFor();
    await page.getByTestId('versions').getByText('第 1 版').waitFor();
    expect(await page.getByTestId('report-editor').count()).toBe(0);
    await snap(page, 'self-inspections-04-submitted');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the office returns it with a comment on the slow approvals', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.goto(`${server.url}/self-inspections`);
    await page.getByTestId('requests').getByRole('row', { name: new RegExp(TITLE) }).getByText('已提交 1 / 1').waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    const row = page.getByTestId('unit-reports').getByRole('row', { name: /市环保局/ });
    await row.getByTestId('report-status').filter({ hasText: '待审核' }).waitFor();
    await row.getByText('完成 1 · 整改中 0 · 计划 0 · 逾期 1').waitFor();
    await row.getByRole('link', { name: '市环保局' }).click();
    await page.waitForURL(/\/self-inspections\/reports\/\d+$/);

    const slow = page.getByTestId('rectification').filter({ hasText: SLOW });
    await slow.getByTestId('rectification-state').filter({ hasText: '逾期' }).waitFor();
    await slow.getByTestId('add-item-comment').click();
    await slow.getByTestId('item-comment-input').fill(RETURN_COMMENT);
    const panel = page.getByTestId('review-panel');
    await panel.getByText('已批注 1 项').waitFor();
    // A self-inspection report cannot be failed, only a year-end summary.
    expect(await panel.getByText('不通过').count()).toBe(0);
    await decide(panel, '退回修改');
    await snap(page, 'self-inspections-05-review');
    await panel.getByTestId('submit-review').click();
    await page.getByTestId('report-status').filter({ hasText: '已退回' }).waitFor();
    await slow.getByTestId('item-review-comment').filter({ hasText: RETURN_COMMENT }).waitFor();
    expect(await page.getByTestId('review-panel').count()).toBe(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('on a phone the liaison sees the comment beside the item, corrects it (through a network outage) and submits again', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, liaison);
    await page.goto(`${server.url}/self-inspections`);
    const block = page.getByTestId('request').filter({ hasText: TITLE });
    await block.getByTestId('report-status').filter({ hasText: '已退回' }).waitFor();
    await snap(page, 'self-inspections-06-phone-list');
    await noSidewaysScroll(page);
    await block.getByTestId('open-my-report').click();
    await page.waitForURL((url) => url.pathname === reportPath);
    await page.getByTestId('returned-alert').waitFor();

    const slow = page.getByTestId('rectification-editor').nth(1);
    await slow.getByTestId('item-review-comment').filter({ hasText: RETURN_COMMENT }).waitFor();
    expect(await page.getByTestId('rectification-editor').nth(0).getByTestId('item-review-comment').count()).toBe(0);
    await snap(page, 'self-inspections-07-phone-returned');
    await noSidewaysScroll(page);

    // The network drops while the item is corrected: the page says so, keeps the change and saves it once back.
    await context.setOffline(true);
    await slow.getByLabel('整改措施').fill(BETTER_MEASURE);
    await slow.getByLabel('整改措施').blur();
    await page.getByTestId('save-status').filter({ hasText: '未保存（网络问题，将重试）' }).waitFor();
    expect(await page.evaluate(() => Object.keys(window.localStorage).some((key) => key.startsWith('zf.selfInspection.draft.')))).toBe(true);
    await snap(page, 'self-inspections-08-phone-offline', { fullPage: false });
    await context.setOffline(false);
    await page.getByTestId('save-status').filter({ hasText: /已保存 \d{2}:\d{2}/ }).waitFor();
    await noSidewaysScroll(page);

    await page.getByTestId('submit-report').click();
    const confirm = page.getByRole('dialog', { name: '提交报告？' });
    await settled(confirm);
    await confirm.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByTestId('report-status').filter({ hasText: '待审核' }).waitFor();
    await page.getByTestId('versions').getByText('第 2 版').waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the office accepts the corrected report, and both versions can be read', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.goto(server.url + reportPath);
    await page.getByTestId('report-content').getByText(BETTER_MEASURE).waitFor();
    // The comment of the return stays beside the item it was about.
    await page.getByTestId('rectification').filter({ hasText: SLOW }).getByTestId('item-review-comment').filter({ hasText: RETURN_COMMENT }).waitFor();
    const panel = page.getByTestId('review-panel');
    await decide(panel, '通过');
    await panel.getByTestId('review-comment').fill('整改到位。');
    await panel.getByTestId('submit-review').click();
    await page.getByTestId('report-status').filter({ hasText: '已通过' }).waitFor();
    await page.getByTestId('review-summary').getByText('整改到位。').waitFor();

    await page.getByTestId('version').filter({ hasText: '第 1 版' }).getByTestId('open-version').click();
    const first = page.getByRole('dialog', { name: /第 1 版/ });
    await settled(first);
    await first.getByTestId('review-decision').filter({ hasText: '退回修改' }).waitFor();
    await first.getByText('梳理审批流程，明确时限').waitFor();
    await first.getByTestId('item-review-comment').filter({ hasText: RETURN_COMMENT }).waitFor();
    await snap(page, 'self-inspections-09-version-1', { fullPage: false });
    await first.getByTestId('close-version').click();
    await first.waitFor({ state: 'hidden' });

    await page.getByTestId('version').filter({ hasText: '第 2 版' }).getByTestId('open-version').click();
    const second = page.getByRole('dialog', { name: /第 2 版/ });
    await settled(second);
    await second.getByTestId('review-decision').filter({ hasText: '通过' }).waitFor();
    await second.getByText(BETTER_MEASURE).waitFor();
    await second.getByTestId('close-version').click();
    await snap(page, 'self-inspections-10-accepted');

    await page.goto(`${server.url}/self-inspections`);
    await page.getByTestId('requests').getByRole('row', { name: new RegExp(TITLE) }).getByText('待审核 0 · 已通过 1 · 已退回 0 · 逾期 0').waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('on a phone the office’s list and the units’ page are blocks within the width', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.goto(`${server.url}/self-inspections`);
    const block = page.getByTestId('request').filter({ hasText: TITLE });
    await block.getByText('已提交 1 / 1').waitFor();
    await noSidewaysScroll(page);
    await block.click();
    await page.waitForURL(/\/self-inspections\/requests\/\d+$/);
    const unit = page.getByTestId('unit-report').filter({ hasText: '市环保局' });
    await unit.getByTestId('report-status').filter({ hasText: '已通过' }).waitFor();
    await snap(page, 'self-inspections-10b-phone-request');
    await noSidewaysScroll(page);
    // The filter keeps the units of one status.
    await choose(page, page.getByLabel('按状态筛选'), '', '已退回');
    await page.getByText('没有符合筛选条件的单位').waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('on a phone the liaison reads the accepted report and its first version without sideways scrolling', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, liaison);
    await page.goto(server.url + reportPath);
    await page.getByTestId('report-status').filter({ hasText: '已通过' }).waitFor();
    await page.getByTestId('report-content').getByText(BETTER_MEASURE).waitFor();
    await snap(page, 'self-inspections-11-phone-accepted');
    await noSidewaysScroll(page);
    await page.getByTestId('version').filter({ hasText: '第 1 版' }).getByTestId('open-version').click();
    const first = page.getByRole('dialog', { name: /第 1 版/ });
    await settled(first);
    await first.getByText('梳理审批流程，明确时限').waitFor();
    await snap(page, 'self-inspections-12-phone-version', { fullPage: false });
    await noSidewaysScroll(page);
    expect(crashes).toEqual([]);
    await context.close();
  });
});
