import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const admin: NewAccount = { username: 'admin', password: PASSWORD, role: 'office_admin', displayName: '管理员' };
const staff: NewAccount = { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' };
const liaison: NewAccount = { username: 'liaison', password: PASSWORD, role: 'unit_liaison', displayName: '李联络', unit: '市环保局' };

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
// The smallest valid PNG: the server checks what a file is by its content.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');


async function takeStep(page: Page, step: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByTestId('case-steps').getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // A click that lands while the modal is still zooming in can be lost on a loaded machine.
  await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Tabs forward until the focus is where `there` says (at most three times): a Tab pressed while
 * a select's list is still closing can leave the focus in the select.
 */
async function tabUntil(page: Page, there: () => boolean): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(there)) return;
    await page.waitForTimeout(100);
    if (await page.evaluate(there)) return;
  }
  expect(await page.evaluate(there), 'focus did not arrive').toBe(true);
}

async function statusIs(page: Page, status: string): Promise<void> {
  await page.getByTestId('case-status').filter({ hasText: status }).first().waitFor();
}

describe('a complaint from the portal to its closure', () => {
  let server: TestServer;
  let browser: Browser;
  let office: { page: Page; crashes: string[] };
  let receipt = '';
  let code = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([admin, staff, liaison]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'cases', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a citizen on a phone files a named complaint and is shown the receipt once', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes, requested } = await openPage(context);
    await page.goto(`${server.url}/portal`);
    await page.getByTestId('portal-campaign').filter({ hasText: '政风建设年' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await snap(page, 'cases-portal-01-home');

    await page.getByRole('main').getByRole('link', { name: /我要投诉/ }).click();
    await page.waitForURL('**/portal/file');
    await page.getByTestId('identity-named').click();
    await page.getByLabel('姓名').fill('赵市民');
    await page.getByLabel('手机或电话').fill('13912345678');
    await page.getByLabel('被反映单位').fill('环评处');
    await page.getByTestId('unit-option').filter({ hasText: '市环保局环评处' }).click();
    await page.getByRole('radio', { name: '对企业和群众态度冷漠' }).click();
    await page.getByLabel('标题').fill('环评审批窗口态度冷漠');
    await page.getByLabel('事情经过').fill('3月2日上午到环评处窗口咨询审批材料，工作人员一直玩手机，不予理睬。');
    await page.getByTestId('photo-input').setInputFiles({ name: '窗口.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('img', { name: '窗口.png' }).waitFor();
    await snap(page, 'cases-portal-02-file');
    await page.getByTestId('complaint-submit').click();

    receipt = ((await page.getByTestId('receipt').textContent()) ?? '').replace(/\s/g, '');
    code = /ZF\d{4}-\d+/.exec((await page.getByTestId('receipt-code').textContent()) ?? '')?.[0] ?? '';
    expect(receipt).toMatch(/^\d{20}$/);
    expect(code).not.toBe('');
    await page.getByText('查询码只显示这一次').waitFor();
    expect(requested.filter((url) => url.includes(receipt))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await snap(page, 'cases-portal-03-receipt');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the office finds the case, sees the reporter on request, accepts it and assigns it to the unit', async () => {
    const context = await browser.newContext(DESKTOP);
    office = await openPage(context);
    const { page } = office;
    await signIn(page, server.url, staff);
    await page.getByRole('menuitem', { name: '案件' }).click();
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await page.getByPlaceholder('搜索编号、标题或内容').fill(code);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === code);
    await page.getByRole('link', { name: code }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: '清除筛选' }).isEnabled()).toBe(true);
    await snap(page, 'cases-01-list');
    await page.getByRole('cell', { name: /环评审批窗口态度冷漠/ }).click();
    await page.waitForURL(/\/cases\/\d+$/);
    await page.getByTestId('case-code').filter({ hasText: code }).waitFor();
    await page.getByRole('link', { name: /窗口\.png/ }).first().waitFor();

    await page.getByRole('button', { name: '查看举报人信息' }).click();
    await page.getByRole('button', { name: '确定查看' }).click();
    await page.getByTestId('reporter-identity').filter({ hasText: '赵市民' }).waitFor();
    await page.getByText('本次查看已记入审计日志').waitFor();

    await takeStep(page, '受理');
    await statusIs(page, '已受理');
    await takeStep(page, '交办', async (dialog) => {
      await dialog.getByText('市环保局环评处').waitFor();
    });
    await statusIs(page, '已交办');
    await page.getByTestId('timeline-step').filter({ hasText: '承办单位：市环保局环评处' }).waitFor();
    // The unit has asked for no more time: the office may change the deadline, not grant an extension.
    const steps = page.getByTestId('case-steps');
    await steps.getByRole('button', { name: '调整期限', exact: true }).waitFor();
    expect(await steps.getByRole('button', { name: '批准延期', exact: true }).count()).toBe(0);
    await snap(page, 'cases-02-detail-assigned');
  });

  it('the unit’s liaison is notified, finds it in the inbox and responds', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, liaison);
    // A liaison lands on the unit's inbox.
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification').filter({ hasText: `交办：${code}` }).waitFor();
    await snap(page, 'cases-03-notifications', { fullPage: false });
    await page.getByTestId('notification-bell').click();

    await page.getByRole('menuitem', { name: '案件' }).click();
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.getByRole('link', { name: code }).waitFor();
    await snap(page, 'cases-04-inbox');
    await page.getByRole('link', { name: code }).click();
    await page.getByTestId('case-code').filter({ hasText: code }).waitFor();
    expect(await page.getByRole('button', { name: '查看举报人信息' }).count()).toBe(0);
    await takeStep(page, '办理反馈', async (dialog) => {
      await dialog.getByText('属实', { exact: true }).click();
      await dialog.getByLabel('核查情况').fill('经查，该窗口工作人员工作时间使用手机、未及时接待群众，情况属实。');
      await dialog.getByLabel('整改措施').fill('对当事人诫勉谈话，窗口实行首问负责和服务评价。');
    });
    await statusIs(page, '已反馈');
    expect(crashes).toEqual([]);
    await context.close();

    // On a phone the inbox lists each case as a block with its status and deadline, nothing to scroll sideways.
    const phone = await browser.newContext(PHONE);
    const onPhone = await openPage(phone);
    await signIn(onPhone.page, server.url, liaison);
    await onPhone.page.goto(`${server.url}/cases`);
    const card = onPhone.page.getByTestId('case-card').filter({ hasText: code });
    await card.getByText('已反馈').waitFor();
    expect(await onPhone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await snap(onPhone.page, 'cases-04b-inbox-phone');
    await card.click();
    await onPhone.page.getByTestId('case-code').filter({ hasText: code }).waitFor();
    expect(await onPhone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await snap(onPhone.page, 'cases-04c-detail-phone');
    expect(onPhone.crashes).toEqual([]);
    await phone.close();
  });

  it('the office verifies and closes it, writes to the citizen, follows up and records accountability', async () => {
    const { page, crashes } = office;
    await page.reload();
    await statusIs(page, '已反馈');
    await takeStep(page, '核实办结');
    await statusIs(page, '已办结');
    await takeStep(page, '回访', async (dialog) => {
      await dialog.getByText('满意', { exact: true }).click();
    });
    await page.getByTestId('timeline-step').filter({ hasText: '满意度：满意' }).waitFor();

    await page.getByLabel('回复反映人（对方可以看到）').fill('您反映的问题已查实并整改，感谢监督。');
    await page.getByRole('button', { name: '发送' }).click();
    await page.getByText('您反映的问题已查实并整改，感谢监督。').first().waitFor();

    await page.getByRole('button', { name: '记录问责' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('钱某');
    await dialog.getByLabel('问责方式').click();
    await page.getByTitle('诫勉谈话').click();
    await dialog.getByLabel('文号').fill('哈政风办〔2011〕5号');
    await dialog.getByLabel('决定机关').fill('市环保局');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('哈政风办〔2011〕5号', { exact: false }).waitFor();
    await snap(page, 'cases-05-detail-closed');
    expect(crashes).toEqual([]);
  });

  it('the citizen tracks it with the receipt and sees it closed, with the office’s reply', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes, requested } = await openPage(context);
    await page.goto(`${server.url}/portal/track`);
    await page.getByLabel('查询码').fill(receipt.replace(/(\d{4})(?=\d)/g, '$1 '));
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByTestId('track-status').filter({ hasText: '已办结' }).waitFor();
    await page.getByText('您反映的问题已查实并整改，感谢监督。').waitFor();
    await page.getByText('已核实办结').waitFor();
    await page.getByLabel('补充情况或询问进展').fill('谢谢，窗口服务已经改善。');
    await page.getByRole('button', { name: '发送留言' }).click();
    await page.getByText('谢谢，窗口服务已经改善。').first().waitFor();
    expect(requested.filter((url) => url.includes(receipt))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await snap(page, 'cases-portal-04-track');

    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByTestId('track-status').filter({ hasText: 'Closed' }).waitFor();
    await snap(page, 'cases-portal-05-track-english');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the office records a hotline call from the keyboard alone', async () => {
    const { page, crashes } = office;
    await page.goto(`${server.url}/cases/new`);
    await page.getByRole('heading', { name: '登记案件' }).waitFor();
    // The line select has the focus and already holds the first line; the call time is now.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ant-form-item')?.textContent ?? '')).toContain('专线');
    await snap(page, 'cases-06-intake');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reporter_name');
    await page.keyboard.type('孙来电');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0451-82345678');
    await page.keyboard.press('Tab');
    await page.keyboard.type('市环保局环境');
    await page.locator('.ant-select-item-option-active[title="市环保局环境监察支队"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    // The unit has no clear button to stop at: Tab goes straight to the category.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('category');
    await page.keyboard.type('5');
    await page.locator('.ant-select-item-option-active[title="5. 办事效率低"]').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    // A person the caller named: the button adds a row and puts the focus in it.
    await tabUntil(page, () => document.activeElement?.getAttribute('data-testid') === 'add-person');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('姓名 1');
    await page.keyboard.type('刘某');
    await page.keyboard.press('Tab');
    await page.keyboard.type('审批科科员');
    await page.keyboard.press('Tab'); // the row's remove button
    await page.keyboard.press('Tab'); // the add button
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.locator('.ant-select-item-option-active[title="4. 推诿扯皮"]').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.locator('#secondaryCategories_list').waitFor({ state: 'hidden' });
    await tabUntil(page, () => document.activeElement?.id === 'title');
    await page.keyboard.type('排污许可证办理超时');
    await page.keyboard.press('Tab');
    await page.keyboard.type('来电反映排污许可证申请已超过承诺时限仍未办结。');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('filed-code').filter({ hasText: /ZF\d{4}-\d+/ }).waitFor();
    // The form starts afresh for the next call, focus back on the first field.
    expect(await page.getByLabel('标题').inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ant-form-item')?.textContent ?? '')).toContain('专线');
    await page.goto(`${server.url}/cases?channel=hotline`);
    await page.getByRole('cell', { name: /排污许可证办理超时/ }).click();
    await page.getByText('刘某').waitFor();
    await page.getByText('审批科科员', { exact: false }).first().waitFor();
    await page.getByText('推诿扯皮').first().waitFor();
    expect(crashes).toEqual([]);
  });

  it('the administrator sets a deadline rule and a day off, and checks a due date', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, admin);
    await page.getByRole('menuitem', { name: '期限设置' }).click();
    await page.getByRole('heading', { name: '办理期限设置' }).waitFor();
    await page.getByText('默认期限：15 个工作日').waitFor();
    await page.getByTestId('workday-result').getByText('到期日').waitFor();

    await page.locator('.ant-select', { hasText: '任意渠道' }).click();
    await page.getByTitle('门户网站').click();
    await page.getByPlaceholder('工作日', { exact: true }).fill('10');
    await page.getByRole('button', { name: '保存规则' }).click();
    await page.getByRole('cell', { name: '10 个工作日' }).waitFor();

    await page.getByPlaceholder('日期', { exact: true }).fill('2030-01-02');
    await page.getByPlaceholder('说明（可选），如：春节调休').fill('本地调休');
    await page.getByRole('button', { name: '添加' }).click();
    await page.getByRole('cell', { name: '本地调休' }).waitFor();
    await snap(page, 'cases-07-settings');
    expect(crashes).toEqual([]);
    await context.close();
  });
});
