import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';
const auditor: NewAccount = { username: 'auditor', password: PASSWORD, role: 'auditor', displayName: '赵审计' };
const staff: NewAccount = { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' };
const REPORTER = { name: '韩梅梅', phone: '13912345678' };

const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true };

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the audit trail in words', () => {
  let server: TestServer;
  let browser: Browser;
  let code = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([auditor, staff]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'audit', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the office files a case and looks at who reported it', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, server.url, staff);
    code = await page.evaluate(async (reporter) => {
      const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken };
      const body = {
        channel: 'hotline',
        detail: { line: 'line1', callTime: new Date(Date.now() - 3_600_000).toISOString() },
        reporter,
        category: 'cold_attitude',
        title: '窗口人员态度生硬',
        body: '来电反映：办事窗口工作人员态度生硬。',
      };
      const filed = await fetch('/api/cases', { method: 'POST', headers, body: JSON.stringify(body) });
      if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${await filed.text()}`);
      const { id, code } = (await filed.json()) as { id: number; code: string };
      const seen = await fetch(`/api/cases/${id}/reporter`);
      if (!seen.ok) throw new Error(`reporter: ${seen.status} ${await seen.text()}`);
      return code;
    }, REPORTER);
    expect(code).toMatch(/^ZF2011-\d{6}$/);
    await context.close();
  });

  it('the auditor reads it in words, filters by it, exports it, and reads it in English and on a phone', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, auditor);
    expect(new URL(page.url()).pathname).toBe('/audit');

    // Who did what to which case, in words: the staff member's name, the username in grey.
    const view = page.getByRole('row').filter({ hasText: '查看了反映人身份' });
    await view.waitFor();
    await expect.poll(() => view.getByTestId('audit-object').textContent()).toBe(`案件 ${code}`);
    expect(await view.getByTestId('audit-who').innerText()).toMatch(/王办事\s*staff/);

    // The filing's detail as labelled fields.
    const filing = page.getByRole('row').filter({ hasText: '登记了案件' });
    await filing.locator('.ant-table-row-expand-icon').click();
    const detail = page.getByTestId('audit-detail').first();
    await detail.waitFor();
    const detailText = await detail.innerText();
    expect(detailText).toContain('编号');
    expect(detailText).toContain(code);
    expect(detailText).toContain('渠道');
    expect(detailText).toContain('政风专线');
    expect(detailText).toContain('case.create');
    // Nothing of who reported it reaches the auditor's page.
    expect(await page.content()).not.toContain(REPORTER.name);
    await snap(page, 'audit-desk-zh');

    // The action chosen from the list, found by its words.
    await page.getByTestId('audit-filter-action').click();
    await page.keyboard.type('查看了反映人');
    // Searching by words leaves the one action of that name, under its area.
    const option = page.locator('.ant-select-item-option[title="查看了反映人身份"]');
    await option.waitFor();
    expect(await page.locator('.ant-select-item-option').allInnerTexts()).toEqual(['查看了反映人身份']);
    await snap(page, 'audit-desk-action-select', { fullPage: false });
    await option.click();
    await page.getByTestId('audit-search').click();
    await expect.poll(() => page.getByTestId('audit-action').allInnerTexts()).toEqual(['查看了反映人身份']);
    await page.waitForLoadState('networkidle');
    await snap(page, 'audit-desk-filtered');

    // The workbook of what the page shows, in the page's language.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('时间（北京时间）');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(4).value).toBe('查看了反映人身份');
    expect(sheet.getRow(2).getCell(6).value).toBe(`案件 ${code}`);
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);

    // In English, the same record in English words.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await expect.poll(() => page.getByTestId('audit-action').allInnerTexts()).toEqual(["Viewed the reporter's identity"]);
    expect(await page.getByTestId('audit-object').innerText()).toBe(`Case ${code}`);
    await page.getByRole('columnheader', { name: 'Who' }).waitFor();
    await snap(page, 'audit-desk-en');
    expect(crashes).toEqual([]);

    // On a phone: one compact block per record, nothing to scroll sideways, the detail unfolds in place.
    const phone = await browser.newContext({ ...PHONE, storageState: await context.storageState() });
    const onPhone = await phone.newPage();
    const phoneCrashes: string[] = [];
    onPhone.on('pageerror', (error) => phoneCrashes.push(error.message));
    await onPhone.goto(`${server.url}/audit`);
    await onPhone.getByTestId('audit-card').first().waitFor();
    expect(await onPhone.getByTestId('audit-table').count()).toBe(0);
    const card = onPhone.getByTestId('audit-card').filter({ hasText: "Viewed the reporter's identity" });
    await card.waitFor();
    expect(await card.innerText()).toContain(`Case ${code}`);
    expect(await card.innerText()).toContain('王办事');
    await onPhone.waitForLoadState('networkidle');
    expect(await overflow(onPhone)).toBeLessThanOrEqual(0);
    await snap(onPhone, 'audit-phone-en', { fullPage: false });
    const filingCard = onPhone.getByTestId('audit-card').filter({ hasText: 'Filed a case' });
    await filingCard.getByRole('button', { name: 'Show detail' }).click();
    await filingCard.getByTestId('audit-detail').waitFor();
    expect(await filingCard.getByTestId('audit-detail').innerText()).toContain(code);
    expect(await overflow(onPhone)).toBeLessThanOrEqual(0);
    await filingCard.scrollIntoViewIfNeeded();
    await snap(onPhone, 'audit-phone-detail', { fullPage: false });
    // Back in Chinese on the phone.
    await onPhone.getByText('中文', { exact: true }).click();
    await onPhone.getByTestId('audit-card').filter({ hasText: '查看了反映人身份' }).waitFor();
    expect(await overflow(onPhone)).toBeLessThanOrEqual(0);
    await snap(onPhone, 'audit-phone-zh', { fullPage: false });
    expect(phoneCrashes).toEqual([]);
    await phone.close();
    await context.close();
  });
});
