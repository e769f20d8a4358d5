import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Signs in through the Chinese login form; when the role must enrol two-factor sign-in,
 * enrols with a code computed from the secret the page shows. Returns that secret, if any.
 */
export async function signIn(page: Page, baseUrl: string, account: Credentials): Promise<string | null> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  if (new URL(page.url()).pathname !== '/account/totp') return null;
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  await page.getByLabel('验证码').fill(generateSync({ secret }));
  await page.getByRole('button', { name: '启用' }).click();
  await page.waitForURL((url) => url.pathname !== '/account/totp');
  return secret;
}

/** The labels of the side menu's entries, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  await page.getByRole('menuitem').first().waitFor();
  return (await page.getByRole('menuitem').allTextContents()).map((label) => label.trim());
}
