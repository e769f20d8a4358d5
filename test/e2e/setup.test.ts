import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, snap } from './browser';
import { ensureWebBuild, startTestServer, type TestServer } from './server';
import { signIn } from './signIn';

const chief = { username: 'chief', password: 'Another-Str0ng-Pass!' };

describe('first administrator setup', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets up the first administrator from the printed link, keeping the token out of URLs', async () => {
    const token = /\/setup#token=([\w-]+)/.exec(server.output())?.[1];
    expect(token).toBeTruthy();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}/setup#token=${token}`);
    await page.getByLabel('用户名').fill(chief.username);
    await page.getByLabel('姓名').fill('张主任');
    await page.getByLabel('密码', { exact: true }).fill(chief.password);
    await page.getByLabel('确认密码').fill(chief.password);
    await snap(page, 'setup-01-form');
    await page.getByRole('button', { name: '创建管理员' }).click();
    await page.waitForURL('**/login');
    expect(requested.filter((url) => url.includes(token ?? '-'))).toEqual([]);
    expect(new URL(page.url()).hash).toBe('');

    await signIn(page, server.url, chief);
    // The office lands on its queue.
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByTestId('user-menu').filter({ hasText: '张主任' }).waitFor();
    await snap(page, 'setup-02-signed-in');
  });

  it('says so when setup is already done', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/setup#token=anything-at-all-long-enough`);
    await page.getByText('系统已完成初始化。').waitFor();
  });
});
