import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const staff: NewAccount = { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' };
const leader: NewAccount = { username: 'leader', password: PASSWORD, role: 'leader', displayName: '赵领导' };

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const UNIT = '市环保局环评处';
const CASES = 12;

/** Files letters as the signed-in office, through the API from the page (with the session's CSRF token). */
async function fileLetters(page: Page, count: number): Promise<void> {
  const filed = await page.evaluate(async (n) => {
    const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
    const statuses: number[] = [];
    for (let i = 1; i <= n; i++) {
      const response = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ channel: 'letter', detail: {}, category: 'graft', title: `批量来信 第${i}封`, body: `来信反映第${i}件事：办事窗口索要好处费。` }),
      });
      statuses.push(response.status);
    }
    return statuses;
  }, count);
  expect(filed.every((status) => status === 201 || status === 200), `filing answered ${filed.join(',')}`).toBe(true);
}

/** Each row's case id, top to bottom. */
async function rowIds(page: Page): Promise<number[]> {
  return (await page.locator('.case-rows tr[data-row-key]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-row-key'))))).filter((id) => id > 0);
}

/** Waits (patiently: the machine may be busy) until the list shows `count` rows. */
async function rowsShown(page: Page, count: number): Promise<number[]> {
  await expect.poll(() => rowIds(page), { timeout: 30_000 }).toHaveLength(count);
  return rowIds(page);
}

async function settled(locator: Locator): Promise<void> {
  await locator.waitFor();
  await expect.poll(() => locator.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
}

const row = (page: Page, id: number): Locator => page.locator(`.case-rows tr[data-row-key="${id}"]`);

// A click that lands while the modal is still zooming in can be lost on a loaded machine.
const dialogSettled = settled;

/** The unit picked in the dialog by typing part of its name; a pick lost while the list moves is tried again. */
async function pickUnit(page: Page, dialog: Locator): Promise<void> {
  const field = dialog.getByLabel('承办单位');
  const chosen = dialog.getByText(UNIT, { exact: true }).filter({ visible: true });
  for (let attempt = 0; attempt < 3 && !(await chosen.count()); attempt++) {
    await field.fill('环评处');
    const option = page.locator(`.ant-select-item-option[title="${UNIT}"]`);
    await settled(option);
    await option.click();
    await chosen.first().waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await chosen.first().waitFor();
}

/** The outcome panel's words: what was done, and each refusal. */
async function outcome(page: Page): Promise<string> {
  const done = page.getByTestId('bulk-done');
  if (!(await done.count())) return '';
  const refusals = await page.getByTestId('bulk-refusal').allTextContents();
  return [await done.textContent(), ...refusals].join(' | ');
}

async function noSideScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('the office takes a step on many cases at once from the list', () => {
  let server: TestServer;
  let browser: Browser;
  let office: { page: Page; crashes: string[] };
  let ten: number[] = [];
  let rest: number[] = [];
  let due = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([staff, leader]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'bulk', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('selects ten new cases with a click and a shift-click and accepts them in one step', async () => {
    const context = await browser.newContext(DESKTOP);
    office = await openPage(context);
    const { page } = office;
    await signIn(page, server.url, staff);
    await fileLetters(page, CASES);
    await page.goto(`${server.url}/cases`);
    await page.getByRole('heading', { name: '案件' }).waitFor();
    const ids = await rowsShown(page, CASES);
    ten = ids.slice(0, 10);
    rest = ids.slice(10);
    await page.getByTestId('case-quick-filters').getByText('待受理').waitFor();
    expect(await page.getByTestId('case-quick-filters').textContent()).toContain(`待受理${CASES}`);

    // A click on a box selects without opening the case; shift-click the tenth selects those between.
    const boxes = page.getByTestId('case-select');
    await boxes.nth(0).click();
    expect(new URL(page.url()).pathname).toBe('/cases');
    await page.getByTestId('bulk-count').filter({ hasText: '已选 1 件' }).waitFor();
    await boxes.nth(9).click({ modifiers: ['Shift'] });
    await page.getByTestId('bulk-count').filter({ hasText: '已选 10 件' }).waitFor();
    for (const id of ten) expect(await row(page, id).getAttribute('class')).toContain('ant-table-row-selected');
    for (const id of rest) expect(await row(page, id).getAttribute('class')).not.toContain('ant-table-row-selected');
    await snap(page, 'bulk-01-selected');

    await page.getByTestId('bulk-accept').click();
    const dialog = page.getByRole('dialog');
    await dialogSettled(dialog);
    await dialog.getByText('受理所选的 10 件案件').waitFor();
    expect(await dialog.getByTestId('bulk-cases').locator('.ant-tag').count()).toBe(10);
    await snap(page, 'bulk-02-confirm-accept', { fullPage: false });
    await dialog.getByTestId('bulk-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('bulk-done').filter({ hasText: '已受理 10 件' }).waitFor();
    expect(await page.getByTestId('bulk-refused-count').count()).toBe(0);
    // Nothing refused, so nothing stays selected.
    await page.getByTestId('bulk-bar').waitFor({ state: 'hidden' });
    for (const id of ten) await row(page, id).getByTestId('case-status').filter({ hasText: '已受理' }).waitFor();
    for (const id of rest) await row(page, id).getByTestId('case-status').filter({ hasText: '待受理' }).waitFor();
    // The counts follow.
    await expect.poll(async () => page.getByTestId('case-quick-filters').textContent(), { timeout: 15_000 }).toContain('已受理10');
    expect(office.crashes).toEqual([]);
  });

  it('selects them again and assigns them to one unit with one due date in one step', async () => {
    const { page } = office;
    due = await page.evaluate(async () => ((await (await fetch('/api/calendar/workdays?n=10')).json()) as { due: string }).due);
    const boxes = page.getByTestId('case-select');
    await boxes.nth(0).click();
    await boxes.nth(9).click({ modifiers: ['Shift'] });
    await page.getByTestId('bulk-count').filter({ hasText: '已选 10 件' }).waitFor();

    await page.getByTestId('bulk-assign').click();
    const dialog = page.getByRole('dialog');
    await dialogSettled(dialog);
    await dialog.getByText('交办所选的 10 件案件').waitFor();
    await pickUnit(page, dialog);
    await dialog.getByLabel('办理期限').click();
    await dialog.getByLabel('办理期限').fill(due);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByLabel('办理期限').inputValue()).toBe(due);
    await snap(page, 'bulk-03-confirm-assign', { fullPage: false });
    await dialog.getByTestId('bulk-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    // What the page answered, refusals and all, so a failure says why.
    await expect.poll(() => outcome(page), { timeout: 30_000 }).toBe('已交办 10 件');

    for (const id of ten) {
      await row(page, id).getByTestId('case-status').filter({ hasText: '已交办' }).waitFor();
      await row(page, id).getByText(`承办：${UNIT}`).waitFor();
    }
    for (const id of rest) await row(page, id).getByTestId('case-status').filter({ hasText: '待受理' }).waitFor();
    // Each case is its own change, with the one unit and the one due date.
    const cases = await page.evaluate(async (list) => Promise.all(list.map(async (id) => (await (await fetch(`/api/cases/${id}`)).json()) as { status: string; assignedUnitName: string; dueDate: string })), ten);
    for (const c of cases) expect({ status: c.status, unit: c.assignedUnitName, due: c.dueDate }).toEqual({ status: 'assigned', unit: UNIT, due });
    await snap(page, 'bulk-04-assigned');
    expect(office.crashes).toEqual([]);
  });

  it('works from the keyboard: j moves, x and shift+x select, a refused case stays selected, Esc clears', async () => {
    const { page } = office;
    // Afresh: no row has the keys yet, so j starts at the top.
    await page.reload();
    await rowsShown(page, CASES);
    await page.getByRole('heading', { name: '案件' }).click();
    await page.keyboard.press('j');
    await expect.poll(() => row(page, ten[0]!).getAttribute('class')).toContain('case-row-focus');
    await page.keyboard.press('j');
    await expect.poll(() => row(page, ten[1]!).getAttribute('class')).toContain('case-row-focus');
    expect(await row(page, ten[0]!).getAttribute('class')).not.toContain('case-row-focus');
    await page.keyboard.press('k');
    await expect.poll(() => row(page, ten[0]!).getAttribute('class')).toContain('case-row-focus');
    await page.keyboard.press('x');
    await page.getByTestId('bulk-count').filter({ hasText: '已选 1 件' }).waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Shift+X');
    await page.getByTestId('bulk-count').filter({ hasText: '已选 3 件' }).waitFor();
    for (const id of ten.slice(0, 3)) expect(await row(page, id).getAttribute('class')).toContain('ant-table-row-selected');
    await snap(page, 'bulk-05-keyboard', { fullPage: false });

    // Accepting cases already assigned: each is refused, with its code and the reason in words, and stays selected.
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog');
    await dialogSettled(dialog);
    await dialog.getByText('受理所选的 3 件案件').waitFor();
    // The list's keys are not taken while the dialog is open.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('bulk-count').filter({ hasText: '已选 3 件' }).waitFor();
    await page.keyboard.press('a');
    await dialogSettled(dialog);
    await dialog.getByTestId('bulk-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('bulk-refused-count').filter({ hasText: '3 件未办理' }).waitFor();
    await page.getByTestId('bulk-done').filter({ hasText: '已受理 0 件' }).waitFor();
    expect(await page.getByTestId('bulk-refusal').count()).toBe(3);
    const refusal = await page.getByTestId('bulk-refusal').first().textContent();
    expect(refusal).toContain('illegal_transition');
    expect(refusal).toContain('案件当前为“已交办”，不能受理');
    await page.getByTestId('bulk-count').filter({ hasText: '已选 3 件' }).waitFor();
    await snap(page, 'bulk-06-refused');

    await page.getByRole('heading', { name: '案件' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('bulk-bar').waitFor({ state: 'hidden' });

    // "/" goes to the search box, and keys typed there are text, not commands.
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('搜索编号、标题或内容');
    await page.keyboard.type('jx');
    expect(await page.getByTestId('bulk-bar').count()).toBe(0);
    await page.keyboard.press('Control+A');
    // Part of a case's number finds it, and the counts are the search's.
    const code = (await row(page, rest[0]!).locator('a').first().textContent()) ?? '';
    const number = code.split('-').at(-1) ?? '';
    await page.keyboard.type(number);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === number);
    expect(await rowsShown(page, 1)).toEqual([rest[0]]);
    await expect.poll(async () => page.getByTestId('case-quick-filters').textContent(), { timeout: 15_000 }).toContain('全部1');
    expect(await page.getByTestId('case-quick-filters').textContent()).toContain('已交办0');
    // A new search is a new list: the last outcome is gone.
    expect(await page.getByTestId('bulk-outcome').count()).toBe(0);
    await page.getByRole('button', { name: '快捷键' }).click();
    await settled(page.locator('.ant-popover'));
    await snap(page, 'bulk-07-search-counts-keys', { fullPage: false });
    expect(office.crashes).toEqual([]);
  });

  it('on a phone each block has a box, and the bar fits the screen', async () => {
    const context = await browser.newContext(PHONE);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await page.goto(`${server.url}/cases`);
    await page.getByTestId('case-card').first().waitFor();
    await expect.poll(() => page.getByTestId('case-select').count(), { timeout: 15_000 }).toBe(CASES);
    await noSideScroll(page);
    // The last two cases are still to be accepted (the list is newest first).
    await page.getByTestId('case-select').nth(10).tap();
    await page.getByTestId('case-select').nth(11).tap();
    await page.getByTestId('bulk-count').filter({ hasText: '已选 2 件' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cases');
    const bar = await page.getByTestId('bulk-bar').boundingBox();
    expect(bar && bar.x >= 0 && bar.x + bar.width <= 390).toBe(true);
    await noSideScroll(page);
    await snap(page, 'bulk-08-phone-selected', { fullPage: false });

    await page.getByTestId('bulk-accept').tap();
    const dialog = page.getByRole('dialog');
    await dialogSettled(dialog);
    await snap(page, 'bulk-09-phone-confirm', { fullPage: false });
    await dialog.getByTestId('bulk-confirm').tap();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('bulk-done').filter({ hasText: '已受理 2 件' }).waitFor();
    await noSideScroll(page);
    await snap(page, 'bulk-10-phone-done', { fullPage: false });
    // A tap on the block (not its box) still opens the case.
    await page.getByTestId('case-card').first().getByText('批量来信', { exact: false }).tap();
    await page.waitForURL(/\/cases\/\d+$/);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('a leader reads the list but selects nothing, and sees the words in English too', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, leader);
    await page.evaluate(() => window.localStorage.setItem('zf.language', 'en'));
    await page.goto(`${server.url}/cases`);
    await rowsShown(page, CASES);
    expect(await page.getByTestId('case-select').count()).toBe(0);
    await page.getByRole('heading', { name: 'Cases' }).click();
    await page.keyboard.press('x');
    expect(await page.getByTestId('bulk-bar').count()).toBe(0);
    await page.keyboard.press('j');
    await page.locator('.case-row-focus').waitFor();
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await settled(page.locator('.ant-popover'));
    await page.getByTestId('key-help').getByText('Move down / up').waitFor();
    expect(await page.getByTestId('key-help').getByText('Accept the selected cases').count()).toBe(0);
    await snap(page, 'bulk-11-leader-english', { fullPage: false });
    expect(crashes).toEqual([]);
    await context.close();
  });
});
