import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const admin: NewAccount = { username: 'admin', password: PASSWORD, role: 'office_admin', displayName: '管理员' };
const leader: NewAccount = { username: 'leader', password: PASSWORD, role: 'leader', displayName: '李领导' };

const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' };
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };
const FIRST = '市环保局固废管理处';
const RENAMED = '市环保局固体废物管理处';
const REASON = '机构改革，更名为固体废物管理处';

/** Picks an option of an antd select by typing into it, as a user does; waits for its list to close. */
async function choose(page: Page, select: Locator, typed: string, title: string): Promise<void> {
  await select.click();
  if (typed) await page.keyboard.type(typed);
  const option = page.locator(`.ant-select-item-option[title="${title}"]`);
  await option.click();
  await option.waitFor({ state: 'hidden' });
}

async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
}

/** How far the page reaches past the window's width (0 when nothing scrolls sideways). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the unit registry, kept by the office administrator', () => {
  let server: TestServer;
  let browser: Browser;
  let session: Awaited<ReturnType<import('playwright-core').BrowserContext['storageState']>> | undefined;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([admin, leader]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'units', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds a unit, renames and moves it, retires and restores it, then merges it into another', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, admin);
    await page.getByRole('menuitem', { name: '单位名录' }).click();
    await page.getByRole('heading', { name: '单位名录' }).waitFor();
    const search = page.getByLabel('按名称或简称搜索');
    const row = (name: string) => page.getByTestId('unit-row').filter({ has: page.getByText(name, { exact: true }) });

    // Add it under 市环保局.
    await page.getByTestId('unit-add').click();
    let drawer = page.getByTestId('unit-drawer');
    await settled(drawer);
    await drawer.getByLabel('单位名称').fill(FIRST);
    await choose(page, drawer.getByLabel('单位类型'), '', '关键部位');
    await choose(page, drawer.getByLabel('上级单位'), '市环保局', '市环保局');
    await drawer.getByLabel('简称/别名').click();
    await page.keyboard.type('固废处');
    await page.keyboard.press('Enter');
    await drawer.getByLabel('备注').fill('2012 年新设');
    await snap(page, 'units-01-add', { fullPage: false });
    await drawer.getByTestId('unit-submit').click();
    await drawer.waitFor({ state: 'hidden' });
    await search.fill('固废');
    await row(FIRST).getByText('市环保局', { exact: true }).waitFor();
    await row(FIRST).getByText('固废处', { exact: true }).waitFor();

    // A name in use is refused beside the field; then it is renamed with its reason.
    await row(FIRST).getByTestId('unit-edit').click();
    drawer = page.getByTestId('unit-drawer');
    await settled(drawer);
    await drawer.getByLabel('单位名称').fill('市公安局');
    await drawer.getByLabel('改名原因').fill('试一试');
    await drawer.getByTestId('unit-submit').click();
    await drawer.locator('.ant-form-item', { has: page.getByLabel('单位名称') }).getByText('已被使用').waitFor();
    await drawer.getByLabel('单位名称').fill(RENAMED);
    await drawer.getByLabel('改名原因').fill('');
    await drawer.getByTestId('unit-submit').click();
    await drawer.getByText('改名须填写原因').waitFor();
    await drawer.getByLabel('改名原因').fill(REASON);
    await drawer.getByTestId('unit-submit').click();
    await drawer.waitFor({ state: 'hidden' });
    await row(RENAMED).waitFor();

    // Its history shows both names; then it moves under 市工商局.
    await row(RENAMED).getByTestId('unit-edit').click();
    drawer = page.getByTestId('unit-drawer');
    await settled(drawer);
    const versions = drawer.getByTestId('unit-version');
    await expect.poll(() => versions.count()).toBe(2);
    await versions.filter({ hasText: '设立' }).getByText(FIRST).waitFor();
    await versions.filter({ hasText: '更名' }).getByText(RENAMED).waitFor();
    await versions.filter({ hasText: '更名' }).getByText(`原因：${REASON}`).waitFor();
    await snap(page, 'units-02-history', { fullPage: false });
    await choose(page, drawer.getByLabel('上级单位'), '市工商局', '市工商局');
    await drawer.getByTestId('unit-submit').click();
    await drawer.waitFor({ state: 'hidden' });
    await row(RENAMED).getByText('市工商局', { exact: true }).waitFor();

    // Retired: refused without a reason, then tagged 已撤销 and offered for restoring only.
    await row(RENAMED).getByTestId('unit-retire').click();
    const retire = page.getByRole('dialog', { name: `撤销“${RENAMED}”` });
    await settled(retire);
    await retire.getByRole('button', { name: '撤销单位' }).click();
    await retire.getByText('请填写撤销原因').waitFor();
    await retire.getByLabel('撤销原因').fill('职能划出，不再设立');
    await retire.getByRole('button', { name: '撤销单位' }).click();
    await retire.waitFor({ state: 'hidden' });
    await row(RENAMED).getByTestId('retired-tag').filter({ hasText: '已撤销' }).waitFor();
    await expect.poll(() => row(RENAMED).getByTestId('unit-edit').count()).toBe(0);
    await snap(page, 'units-03-retired');
    // The filter shows the retired units apart.
    await choose(page, page.getByTestId('unit-state-filter'), '', '现有单位');
    await expect.poll(() => row(RENAMED).count()).toBe(0);
    await choose(page, page.getByTestId('unit-state-filter'), '', '已撤销的单位');
    await row(RENAMED).waitFor();

    // Restored.
    await row(RENAMED).getByTestId('unit-restore').click();
    await page.getByTestId('unit-restore-confirm').click();
    await choose(page, page.getByTestId('unit-state-filter'), '', '全部单位（含已撤销）');
    await row(RENAMED).getByTestId('unit-edit').waitFor();
    expect(await row(RENAMED).getByTestId('retired-tag').count()).toBe(0);

    // Merged into 市环保局环评处, after a confirmation that says what moves and that it is final.
    await row(RENAMED).getByTestId('unit-merge').click();
    const merge = page.getByRole('dialog', { name: `将“${RENAMED}”合并到其他单位` });
    await settled(merge);
    await merge.getByText('此操作不能撤销').waitFor();
    await choose(page, merge.getByLabel('并入单位'), '环评处', '市环保局环评处');
    await merge.getByLabel('合并原因').fill('职能整合');
    await merge.getByRole('button', { name: '合并' }).click();
    const confirm = page.getByRole('dialog', { name: '确认合并？' });
    await settled(confirm);
    await confirm.getByText(`“${RENAMED}”将并入“市环保局环评处”`).waitFor();
    await confirm.getByText(/下级单位和专项活动监测安排/).waitFor();
    await snap(page, 'units-04-merge-confirm', { fullPage: false });
    await page.getByTestId('unit-merge-confirm').click();
    await merge.waitFor({ state: 'hidden' });
    await expect.poll(() => row(RENAMED).count()).toBe(0);
    const merged = (await (await fetch(`${server.url}/api/units?q=${encodeURIComponent('固体废物')}&retired=include`)).json()) as unknown[];
    expect(merged).toEqual([]);
    await search.fill('');
    await snap(page, 'units-05-desk');
    session = await context.storageState();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone: no sideways scroll, and the drawer fits the screen', async () => {
    const context = await browser.newContext({ ...PHONE, ...(session ? { storageState: session } : {}) });
    const { page, crashes } = await openPage(context);
    await page.goto(`${server.url}/units`);
    await page.getByRole('heading', { name: '单位名录' }).waitFor();
    await page.getByTestId('unit-row').first().waitFor();
    await page.getByTestId('unit-edit').first().waitFor();
    await snap(page, 'units-06-phone');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('按名称或简称搜索').fill('环评处');
    await page.getByTestId('unit-row').filter({ hasText: '市环保局环评处' }).getByTestId('unit-edit').click();
    const drawer = page.getByTestId('unit-drawer');
    await settled(drawer);
    await drawer.getByTestId('unit-version').first().waitFor();
    const box = await page.locator('.ant-drawer-content-wrapper').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await snap(page, 'units-07-phone-drawer', { fullPage: false });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('unit-add').click();
    await settled(page.getByTestId('unit-drawer'));
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await snap(page, 'units-08-phone-add', { fullPage: false });
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('a leader reads the registry without any edit control', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, leader);
    await page.goto(`${server.url}/units`);
    await page.getByRole('heading', { name: '单位名录' }).waitFor();
    await page.getByTestId('unit-row').first().waitFor();
    for (const control of ['unit-add', 'unit-edit', 'unit-merge', 'unit-retire', 'unit-restore']) expect(await page.getByTestId(control).count(), control).toBe(0);
    expect(await page.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    await snap(page, 'units-09-leader');
    expect(crashes).toEqual([]);
    await context.close();
  });
});
