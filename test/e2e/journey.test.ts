import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, snap } from './browser';
import { ensureWebBuild, startTestServer, type TestServer } from './server';

interface PlanFile {
  campaign: { name: string };
  problemCategories: { name: string }[];
  units: { monitored: boolean }[];
}

const plan = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../plans/harbin-2011.json'), 'utf8')) as PlanFile;
const monitored = plan.units.filter((unit) => unit.monitored).length;
const admin = { username: 'admin', password: 'Str0ng-Passw0rd!x', role: 'office_admin', displayName: '管理员' };

describe('office administrator journey', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([admin]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and is sent to two-factor enrolment first', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/login');
    await page.getByLabel('用户名').fill(admin.username);
    await page.getByLabel('密码').fill(admin.password);
    await snap(page, 'journey-01-login');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/account/totp');
    await page.getByTestId('totp-secret').waitFor();
    await snap(page, 'journey-02-totp');
  });

  it('enables two-factor sign-in with a code from the secret', async () => {
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('验证码').fill(generateSync({ secret }));
    await page.getByRole('button', { name: '启用' }).click();
    // Having opened the console's bare address, the office lands on its queue.
    await page.waitForURL((url) => url.pathname === '/work');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
  });

  it('shows the plan: campaign name and every problem category', async () => {
    await page.getByRole('menuitem', { name: '总览' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('plan-campaign-name').filter({ hasText: plan.campaign.name }).waitFor();
    for (const category of plan.problemCategories) {
      await page.getByTestId('problem-category').filter({ hasText: category.name }).first().waitFor();
    }
    expect(await page.getByTestId('problem-category').count()).toBe(plan.problemCategories.length);
    await snap(page, 'journey-03-plan');
  });

  it('counts the monitored units in the registry', async () => {
    await page.getByRole('menuitem', { name: '单位名录' }).click();
    await page.waitForURL('**/units**');
    await page.getByRole('checkbox', { name: '仅看重点监测部位' }).check();
    await page.getByText(`共 ${monitored} 个单位`).waitFor();
    expect((await page.getByTestId('monitored-count').textContent())?.trim()).toBe(String(monitored));
    expect(monitored).toBe(91);
    await snap(page, 'journey-04-units');
  });

  it('switches to English and remembers it', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Unit registry' }).waitFor();
    await page.getByRole('heading', { name: 'Unit registry' }).waitFor();
    expect(await page.title()).toContain('Unit registry');
    await page.reload();
    await page.getByRole('menuitem', { name: 'Overview' }).waitFor();
    await page.getByTestId('monitored-count').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await snap(page, 'journey-05-english');
  });
});
