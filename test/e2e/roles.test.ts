import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, snap } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { menuLabels, signIn } from './signIn';

const PASSWORD = 'Str0ng-Passw0rd!x';

interface RoleCase {
  account: NewAccount;
  /** Where sign-in lands: the role's own work. */
  landing: string;
  menu: string[];
  pages: string[];
  forbidden: string;
}

const WORK = ['总览', '领导驾驶舱', '案件', '明察暗访', '服务对象评议', '项目监测', '自查自纠', '典型与通报', '考核', '单位名录'];

const CASES: RoleCase[] = [
  {
    account: { username: 'admin', password: PASSWORD, role: 'office_admin', displayName: '管理员' },
    landing: '/work',
    menu: ['工作台', ...WORK, '用户管理', '期限设置', '活动管理', '账户设置'],
    pages: ['/work', '/', '/units', '/projects', '/users', '/account', '/cases', '/dashboard', '/settings/deadlines'],
    forbidden: '/audit',
  },
  {
    account: { username: 'staff', password: PASSWORD, role: 'office_staff', displayName: '王办事' },
    landing: '/work',
    menu: ['工作台', ...WORK, '账户设置'],
    pages: ['/work', '/inspections', '/evaluations', '/self-inspections', '/publications', '/assessment', '/cases', '/cases/new'],
    forbidden: '/users',
  },
  {
    account: { username: 'leader', password: PASSWORD, role: 'leader', displayName: '刘领导' },
    landing: '/work',
    menu: ['工作台', ...WORK, '账户设置'],
    pages: ['/work', '/', '/cases', '/evaluations'],
    forbidden: '/cases/new',
  },
  {
    account: { username: 'liaison', password: PASSWORD, role: 'unit_liaison', displayName: '李联络', unit: '市发改委' },
    landing: '/cases',
    menu: ['总览', '案件', '本单位评议结果', '项目监测', '自查自纠', '考核', '单位名录', '账户设置'],
    pages: ['/', '/account', '/cases', '/evaluations/my-unit'],
    forbidden: '/cases/new',
  },
  {
    account: { username: 'inspector', password: PASSWORD, role: 'inspector', displayName: '钱检查' },
    landing: '/inspections',
    menu: ['总览', '明察暗访', '项目监测', '单位名录', '账户设置'],
    pages: ['/inspections', '/', '/units'],
    forbidden: '/cases',
  },
  {
    account: { username: 'auditor', password: PASSWORD, role: 'auditor', displayName: '赵审计' },
    landing: '/audit',
    menu: ['审计日志', '账户设置'],
    pages: ['/audit', '/account'],
    forbidden: '/units',
  },
];

const account = (role: string): NewAccount => {
  const found = CASES.find((c) => c.account.role === role);
  if (!found) throw new Error(`no ${role} account`);
  return found.account;
};

/** The figure on a tile of the work page, once loaded. */
async function tileCount(page: Page, queue: string): Promise<string> {
  const count = page.getByTestId(`work-tile-${queue}`).getByTestId('work-count');
  await expect.poll(() => count.textContent()).not.toBe('–');
  return (await count.textContent()) ?? '';
}

describe('what each role sees', () => {
  let server: TestServer;
  let browser: Browser;
  // Two-factor secrets of the accounts that enrolled on their first sign-in, and the last time step
  // each has used, by username: the server refuses a step already used, and takes one step either side.
  const secrets = new Map<string, string>();
  const lastStep = new Map<string, number>();

  /** A code of the next unused time step, waiting only when the account has used the step after this one. */
  async function nextCode(username: string, secret: string): Promise<string> {
    const now = () => Math.floor(Date.now() / 30_000);
    const step = Math.max((lastStep.get(username) ?? 0) + 1, now());
    if (step > now() + 1) await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 1_000));
    lastStep.set(username, step);
    return generateSync({ secret, epoch: step * 30 });
  }

  /** Signs in, enrolling two-factor sign-in the first time; later with the code of the next unused step. */
  async function signInAgain(page: Page, account: NewAccount): Promise<void> {
    const secret = secrets.get(account.username);
    if (!secret) {
      const enrolled = await signIn(page, server.url, account);
      if (enrolled) {
        secrets.set(account.username, enrolled);
        lastStep.set(account.username, Math.floor(Date.now() / 30_000));
      }
      return;
    }
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByLabel('动态验证码').fill(await nextCode(account.username, secret));
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

  // One sign-in per role: its pages on a desk, then the same pages on a phone, where liaisons and
  // leaders use the console. No page may be wider than the phone's screen: a wide table scrolls
  // inside its own container; the page itself must not scroll sideways.
  for (const { account, landing, menu, pages, forbidden } of CASES) {
    it(`${account.role}: lands on ${landing}; menu, pages and a refusal, on a desk and a phone`, async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const crashes: string[] = [];
      page.on('pageerror', (error) => crashes.push(error.message));
      await signInAgain(page, account);
      expect(new URL(page.url()).pathname).toBe(landing);
      await page.getByRole('heading', { level: 3 }).first().waitFor();
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

      await page.setViewportSize({ width: 390, height: 844 });
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

  it('a deep link opened before signing in wins over the landing page', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/cases?status=received&channel=web`);
    await page.waitForURL('**/login');
    await page.getByLabel('用户名').fill(account('office_staff').username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    // The link's filters come along.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/cases?status=received&channel=web');
    await context.close();

    // The console's bare address is no deep link: it means "my work".
    const bare = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const home = await bare.newPage();
    await home.goto(`${server.url}/`);
    await home.waitForURL('**/login');
    await home.getByLabel('用户名').fill(account('office_staff').username);
    await home.getByLabel('密码').fill(PASSWORD);
    await home.getByRole('button', { name: '登录' }).click();
    await home.waitForURL((url) => url.pathname !== '/login');
    expect(new URL(home.url()).pathname).toBe('/work');
    await bare.close();
  });

  it('the office’s queue counts its cases, and each figure opens exactly those cases, on a desk and a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await signInAgain(page, account('office_staff'));
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    // Three calls to the hotline, one of them accepted, then a complaint on the portal.
    const titles = await page.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken };
      const hotline = ['窗口人员上班时间玩手机', '审批材料一次告知不到位', '办事大厅排队无人引导'];
      const ids: number[] = [];
      for (const title of hotline) {
        const body = { channel: 'hotline', detail: { line: 'line1', callTime: new Date(Date.now() - 3_600_000).toISOString() }, category: 'cold_attitude', title, body: `来电反映：${title}。` };
        const response = await fetch('/api/cases', { method: 'POST', headers, body: JSON.stringify(body) });
        if (response.status !== 201) throw new Error(`filing ${title}: ${response.status} ${await response.text()}`);
        ids.push(((await response.json()) as { id: number }).id);
      }
      const accepted = await fetch(`/api/cases/${ids[0]}/accept`, { method: 'POST', headers, body: '{}' });
      if (!accepted.ok) throw new Error(`accepting: ${accepted.status} ${await accepted.text()}`);
      const web = '网上反映不动产登记窗口推诿';
      const filed = await fetch('/api/public/cases', { method: 'POST', headers, body: JSON.stringify({ anonymous: true, category: 'buck_passing', title: web, body: '在门户网站反映：不动产登记窗口互相推诿。' }) });
      if (filed.status !== 201) throw new Error(`portal: ${filed.status} ${await filed.text()}`);
      return { accepted: hotline[0] ?? '', received: hotline.slice(1), web };
    });
    await page.reload();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    const counts = Object.fromEntries(
      await Promise.all(['received', 'accepted', 'responded', 'dueSoon', 'overdue', 'portal'].map(async (queue) => [queue, await tileCount(page, queue)])),
    );
    expect(counts).toEqual({ received: '3', accepted: '1', responded: '0', dueSoon: '0', overdue: '0', portal: '1' });
    // The newest cases to accept, newest first, each a link to the case.
    const newest = page.getByTestId('work-newest-case');
    await expect.poll(() => newest.count()).toBe(3);
    expect(await newest.first().textContent()).toContain(titles.web);
    await page.getByTestId('work-tile-notices').getByTestId('work-count').filter({ hasText: /\d/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await snap(page, 'work-desk-office_staff');

    // Each figure opens the list of exactly its cases.
    const listShows = async (queue: string, search: string, shown: string[], hidden: string[]) => {
      await page.goto(`${server.url}/work`);
      await page.getByTestId(`work-tile-${queue}`).click();
      await page.waitForURL((url) => url.pathname === '/cases');
      expect(new URL(page.url()).search).toBe(search);
      await page.getByRole('heading', { name: '案件', exact: true }).waitFor();
      for (const title of shown) await page.getByRole('cell', { name: new RegExp(title) }).first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const title of hidden) expect(await page.getByText(title).count(), `${queue}: ${title}`).toBe(0);
    };
    await listShows('portal', '?status=received&channel=web', [titles.web], [titles.accepted, ...titles.received]);
    await listShows('accepted', '?status=accepted', [titles.accepted], [titles.web, ...titles.received]);
    await listShows('received', '?status=received', [titles.web, ...titles.received], [titles.accepted]);
    // The notices open in place, as from the bell.
    await page.goto(`${server.url}/work`);
    await page.getByTestId('work-tile-notices').click();
    await page.getByText('全部标为已读').waitFor();
    expect(crashes).toEqual([]);
    await context.close();

    // On a phone: two tiles to a row, nothing to scroll sideways.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const onPhone = await phone.newPage();
    await signInAgain(onPhone, account('office_staff'));
    expect(new URL(onPhone.url()).pathname).toBe('/work');
    expect(await tileCount(onPhone, 'received')).toBe('3');
    await expect.poll(() => onPhone.getByTestId('work-newest-case').count()).toBe(3);
    await onPhone.waitForLoadState('networkidle');
    expect(await onPhone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const [first, second] = await Promise.all(['received', 'accepted'].map((queue) => onPhone.getByTestId(`work-tile-${queue}`).boundingBox()));
    expect(first?.y).toBe(second?.y);
    await snap(onPhone, 'work-phone-office_staff');
    await phone.close();

    // A leader sees the same figures, read only: no intake, no list of cases to accept.
    const leaderContext = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    const leader = await leaderContext.newPage();
    await signInAgain(leader, account('leader'));
    expect(new URL(leader.url()).pathname).toBe('/work');
    expect(await tileCount(leader, 'received')).toBe('3');
    expect(await tileCount(leader, 'portal')).toBe('1');
    expect(await leader.getByRole('button', { name: '登记案件' }).count()).toBe(0);
    expect(await leader.getByTestId('work-newest').count()).toBe(0);
    await snap(leader, 'work-desk-leader');
    await leaderContext.close();
  });

  it('shows a placeholder, not figures, for areas not built yet', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, server.url, CASES[1]!.account);
    await page.goto(`${server.url}/publications`);
    await page.getByText('此功能尚未开通').waitFor();
    const content = (await page.locator('main, .ant-layout-content').first().innerText()).replace(/\s+/g, '');
    expect(content).not.toMatch(/\d/);
    await page.close();
  });

  it('the administrator hands a one-time password link to a user who lost theirs, and the user sets a new one with it', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await signInAgain(page, account('office_admin'));
    await page.goto(`${server.url}/users`);
    const row = page.getByRole('row').filter({ hasText: '王办事' });
    await row.getByTestId('reset-password').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('24 小时内有效，只能使用一次').waitFor();
    await dialog.getByRole('button', { name: '生成链接' }).click();
    const link = (await dialog.getByTestId('password-link').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${server.url}/password-link#token=[\\w-]{40,}$`));
    await dialog.getByText('此链接只显示这一次').waitFor();
    await snap(page, 'roles-admin-password-link', { fullPage: false });
    await dialog.getByRole('button', { name: '完成' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // On the user's phone: the link, a new password twice, then sign in with it.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const user = await phone.newPage();
    await user.goto(link);
    await user.getByRole('heading', { name: '设置新密码' }).waitFor();
    // The token leaves the address bar at once.
    await expect.poll(() => user.url()).toBe(`${server.url}/password-link`);
    await user.getByLabel('新密码').fill('Link-Passw0rd-2026');
    await user.getByLabel('确认密码').fill('Link-Passw0rd-2026');
    await snap(user, 'roles-password-link-phone');
    expect(await user.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await user.getByRole('button', { name: '设置新密码' }).click();
    await user.getByText('新密码已设置').waitFor();
    await user.getByRole('button', { name: '前往登录' }).click();
    await user.waitForURL('**/login');
    await signIn(user, server.url, { ...account('office_staff'), password: 'Link-Passw0rd-2026' });
    expect(new URL(user.url()).pathname).toBe('/work');
    // The link is used up.
    await user.goto(link);
    await user.getByLabel('新密码').fill('Other-Passw0rd-2026');
    await user.getByLabel('确认密码').fill('Other-Passw0rd-2026');
    await user.getByRole('button', { name: '设置新密码' }).click();
    await user.getByText('链接无效、已使用或已过期').waitFor();
    await phone.close();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('the administrator resets a lost two-factor sign-in, and the user enrols again at the next sign-in', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signInAgain(page, account('office_admin'));
    await page.goto(`${server.url}/users`);
    const row = page.getByRole('row').filter({ hasText: '赵审计' });
    await row.getByText('已启用').waitFor();
    await row.getByTestId('reset-totp').click();
    await page.getByText('下次登录时须重新绑定验证器').waitFor();
    await page.getByRole('button', { name: 'OK' }).or(page.getByRole('button', { name: '确 定' })).or(page.getByRole('button', { name: '确定' })).first().click();
    await page.getByText('的两步验证已重置').waitFor();
    await row.getByText('未启用').waitFor();

    const auditor = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const secret = await signIn(auditor, server.url, account('auditor'));
    expect(secret, 'the auditor enrols again').toBeTruthy();
    expect(secret).not.toBe(secrets.get('auditor'));
    secrets.set('auditor', secret ?? '');
    lastStep.set('auditor', Math.floor(Date.now() / 30_000));
    expect(new URL(auditor.url()).pathname).toBe('/audit');
    await auditor.close();
    await page.reload();
    await page.getByRole('row').filter({ hasText: '赵审计' }).getByText('已启用').waitFor();
    await context.close();
  });

  it('the administrator moves a liaison to another unit, warned that the liaison signs in again', async () => {
    const liaisonContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const liaison = await liaisonContext.newPage();
    await signInAgain(liaison, account('unit_liaison'));
    expect(await liaison.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(200);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signInAgain(page, account('office_admin'));
    await page.goto(`${server.url}/users`);
    const row = page.getByRole('row').filter({ hasText: '李联络' });
    await row.getByTestId('edit-user').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('所属单位').fill('市环保局');
    await page.locator('.ant-select-item-option[title="市环保局"]').click();
    await dialog.getByTestId('rights-change').filter({ hasText: '所有登录会话立即结束' }).waitFor();
    await snap(page, 'roles-admin-edit-user', { fullPage: false });
    await dialog.getByRole('button', { name: '保 存' }).or(dialog.getByRole('button', { name: '保存' })).first().click();
    await page.getByText('用户“李联络”已更新').waitFor();
    await row.getByText('市环保局').waitFor();
    expect(await liaison.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    await liaisonContext.close();
    await context.close();
  });
});
