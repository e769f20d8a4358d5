import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, snap } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { menuLabels, signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';

interface RoleCase {
  account: NewAccount;
  menu: string[];
  pages: string[];
  forbidden: string;
}

const WORK = ['总览', '领导驾驶舱', '案件', '明察暗访', '服务对象评议', '项目监测', '自查自纠', '典型与通报', '考核', '单位名录'];

const CASES: RoleCase[] = [
  {
    account: { username: 'admin', password: PASSWORD, role: 'office_admin', displayName: '管理员' },
    menu: [...WORK, '用户管理', '期限设置', '活动管理', '账户设置'],
    pages: ['/', '/units', '/projects', '/users', '/account', '/cases', '/dashboard', '/settings/deadlines'],
    forbidden: '/audit',
  },
  {
    account: { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' },
    menu: [...WORK, '账户设置'],
    pages: ['/inspections', '/evaluations', '/self-inspections', '/publications', '/assessment', '/cases', '/cases/new'],
    forbidden: '/users',
  },
  {
    account: { username: 'liaison', password: PASSWORD, role: 'unit_liaison', displayName: '李联络', unit: '市发改委' },
    menu: ['总览', '案件', '本单位评议结果', '项目监测', '自查自纠', '考核', '单位名录', '账户设置'],
    pages: ['/', '/account', '/cases', '/evaluations/my-unit'],
    forbidden: '/cases/new',
  },
  {
    account: { username: 'auditor', password: PASSWORD, role: 'auditor', displayName: '赵审计' },
    menu: ['审计日志', '账户设置'],
    pages: ['/audit', '/account'],
    forbidden: '/units',
  },
];

describe('what each role sees', () => {
  let server: TestServer;
  let browser: Browser;
  // Two-factor secrets of the accounts that enrolled on their first sign-in, by username.
  const secrets = new Map<string, string>();

  /**
   * Signs in; an account that enrolled two-factor sign-in earlier in this file answers the
   * second step with the code of the next time step (the server refuses a step already used).
   */
  async function signInAgain(page: Page, account: NewAccount): Promise<void> {
    const secret = secrets.get(account.username);
    if (!secret) {
      const enrolled = await signIn(page, server.url, account);
      if (enrolled) secrets.set(account.username, enrolled);
      return;
    }
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByLabel('动态验证码').fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: '验证' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer(CASES.map((c) => c.account));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the sign-in page on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, 'roles-login-phone');
    await page.close();
  });

  for (const { account, menu, pages, forbidden } of CASES) {
    it(`${account.role}: menu, pages and a refusal`, async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const crashes: string[] = [];
      page.on('pageerror', (error) => crashes.push(error.message));
      await signInAgain(page, account);
      expect(await menuLabels(page)).toEqual(menu);
      await page.getByTestId('user-menu').filter({ hasText: account.displayName }).waitFor();
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 3 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.getByText('页面出现错误').count()).toBe(0);
        await snap(page, `roles-${account.role}${path.replaceAll('/', '-')}`);
      }
      await page.goto(`${server.url}${forbidden}`);
      await page.getByText('无权访问').waitFor();
      expect(crashes).toEqual([]);
      await context.close();
    });
  }

  // Liaisons and leaders use the console on phones: no page may be wider than the screen.
  // A wide table scrolls inside its own container; the page itself must not scroll sideways.
  for (const { account, menu, pages } of CASES) {
    it(`${account.role}: every page fits a phone`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const crashes: string[] = [];
      page.on('pageerror', (error) => crashes.push(error.message));
      await signInAgain(page, account);
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 3 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await snap(page, `roles-phone-${account.role}${path.replaceAll('/', '-')}`);
        expect.soft(overflow, path).toBeLessThanOrEqual(0);
      }
      // The menu opens over the page from the header, and closes once a page is chosen.
      await page.getByRole('button', { name: '展开菜单' }).click();
      await page.getByRole('dialog', { name: '导航菜单' }).waitFor();
      expect(await menuLabels(page)).toEqual(menu);
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
      await snap(page, `roles-phone-${account.role}-menu`, { fullPage: false });
      await page.getByRole('menuitem', { name: '账户设置' }).click();
      await page.waitForURL((url) => url.pathname === '/account');
      await page.getByRole('menuitem').first().waitFor({ state: 'hidden' });
      expect(crashes).toEqual([]);
      await context.close();
    });
  }

  it('shows a placeholder, not figures, for areas not built yet', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, CASES[1]!.account);
    await page.goto(`${server.url}/self-inspections`);
    await page.getByText('此功能尚未开通').waitFor();
    const content = (await page.locator('main, .ant-layout-content').first().innerText()).replace(/\s+/g, '');
    expect(content).not.toMatch(/\d/);
    await page.close();
  });

  it('the administrator resets a lost password, and the user signs in with the new one', async () => {
    // The administrator's code must come from a time step not used by its earlier sign-ins.
    await new Promise((r) => setTimeout(r, 31_000 - (Date.now() % 30_000)));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await signInAgain(page, CASES[0]!.account);
    await page.goto(`${server.url}/users`);
    const row = page.getByRole('row').filter({ hasText: '王办事' });
    await row.getByTestId('reset-password').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新密码').fill('short');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await dialog.getByText('新密码至少 10 个字符').waitFor();
    await dialog.getByLabel('新密码').fill('Reset-Passw0rd-2026');
    await snap(page, 'roles-admin-reset-password', { fullPage: false });
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await page.getByText('的密码已重置').waitFor();
    expect(crashes).toEqual([]);
    await context.close();

    const staff = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(staff, server.url, { ...CASES[1]!.account, password: 'Reset-Passw0rd-2026' });
    await staff.getByTestId('user-menu').filter({ hasText: '王办事' }).waitFor();
    await staff.close();
  });
});
