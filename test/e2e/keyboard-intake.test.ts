import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, snap, snapFailure } from './browser';
import { ensureWebBuild, startTestServer, type NewAccount, type TestServer } from './server';
import { signIn } from './signIn';

const staff: NewAccount = { username: 'operator', password: 'Str0ng-Passw0rd!x', role: 'office_staff', displayName: '周接线' };
const DESKTOP = { viewport: { width: 1366, height: 800 }, locale: 'zh-CN' };

const UNIT = '市环保局环境监察支队';
const TITLE = '环境监察执法人员索要好处';
const BODY = '来电反映，环境监察支队执法人员检查企业时暗示索要好处，企业拒绝后被反复检查。';

/** Yesterday at 09:30 as the call-time field shows it: a past time, typed over the "now" the form starts with. */
function yesterdayAt930(): string {
  const day = new Date(Date.now() - 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())} 09:30`;
}

interface Stop {
  role: string;
  name: string;
  visible: boolean;
  /** Where it is: inside the page's content (not the header or menu). */
  inContent: boolean;
  id: string;
}

/** The focused control as assistive technology sees it (Chrome's accessibility tree), and whether a sighted user sees it. */
async function focusedStop(page: Page, cdp: CDPSession): Promise<Stop> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; properties?: { name: string; value: { value?: unknown } }[] }[];
  };
  const node = nodes.filter((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true)).at(-1);
  const dom = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: false, inContent: false, id: '' };
    // A radio button draws its focus on its label; the input itself is transparent.
    const box = (el.matches('input[type="radio"]') ? el.closest('label') : el) ?? el;
    const rect = box.getBoundingClientRect();
    return {
      visible: rect.width > 0 && rect.height > 0 && box.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      inContent: el.closest('.ant-layout-content') !== null,
      id: el.id,
    };
  });
  return { role: node?.role?.value ?? '', name: (node?.name?.value ?? '').replace(/^\*\s*/, '').trim(), ...dom };
}

/** Presses Tab (or Shift+Tab) until the focus leaves the page's content, recording every stop on the way. */
async function walk(page: Page, cdp: CDPSession, key: 'Tab' | 'Shift+Tab'): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const stop = await focusedStop(page, cdp);
    if (!stop.inContent) return stops;
    stops.push(stop);
  }
  throw new Error(`still in the page after 40 presses of ${key}: ${JSON.stringify(stops)}`);
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  }, path);
}

async function openIntake(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/cases/new`);
  await page.getByRole('heading', { name: '登记案件' }).waitFor();
  // The registry and the plan are loaded, and the line select has the focus, as the form opens.
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail_line');
}

describe('recording a hotline call with the keyboard alone', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([staff]);
    browser = await launchBrowser();
  });

  afterEach(({ task }) => snapFailure(browser, 'keyboard-intake', task));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('every stop of the Tab key on the form is visible and named in Chinese, and the unit leads straight to the category', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await openIntake(page, server.url);
    const cdp = await context.newCDPSession(page);
    // A unit is chosen, so a select with a clear button would show it now.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('环境监察');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('intake-unit').textContent()).toContain(UNIT);
    // Out of the form backwards, then through all of it.
    await walk(page, cdp, 'Shift+Tab');
    const stops = await walk(page, cdp, 'Tab');
    expect(stops.map((stop) => stop.name)).toEqual([
      '政风专线',
      '专线',
      '来电时间',
      '反映人姓名',
      '联系电话',
      '涉及单位',
      '问题类别',
      '添加涉及人员',
      '其他涉及类别',
      '标题',
      '反映内容',
      '选择文件',
      '清空',
      '登记',
    ]);
    for (const stop of stops) {
      expect.soft(stop.visible, `${stop.role} ${stop.name} is visible`).toBe(true);
      expect.soft(stop.name, `${stop.role} ${stop.name} has no English in its name`).not.toMatch(/[A-Za-z]{2,}/);
    }
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('files a whole call typed at full speed, every field as typed, with no click after the form opens', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    expect(new URL(page.url()).pathname).toBe('/work');
    await openIntake(page, server.url);
    const callTime = yesterdayAt930();
    const keys = page.keyboard;

    // The channel: back from the line to the channels, one to the right and back again.
    await keys.press('Shift+Tab');
    await keys.press('ArrowRight');
    await keys.press('ArrowLeft');
    // The line: the second one.
    await keys.press('Tab');
    await keys.press('ArrowDown');
    await keys.press('ArrowDown');
    await keys.press('Enter');
    // The call time, typed over the "now" it starts with.
    await keys.press('Tab');
    await keys.press('Control+A');
    await keys.type(callTime);
    // The reporter.
    await keys.press('Tab');
    await keys.type('孙来电');
    await keys.press('Tab');
    await keys.type('0451-82345678');
    // The unit, by part of its name; then Tab leads straight to the category, typed by its number.
    await keys.press('Tab');
    await keys.type('环境监察');
    await keys.press('Enter');
    await keys.press('Tab');
    await keys.type('6');
    await keys.press('Enter');
    // Past the button that adds a person, to the other categories: one is chosen and its list stays
    // open; Tab leaves it chosen and moves on.
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.type('4');
    await keys.press('Enter');
    await keys.press('Tab');
    await keys.type(TITLE);
    await keys.press('Tab');
    await keys.type(BODY);
    // Past the file picker and the clear button to the submit button.
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.press('Enter');

    const code = ((await page.getByTestId('filed-code').textContent()) ?? '').match(/ZF\d{4}-\d+/)?.[0] ?? '';
    expect(code).not.toBe('');
    await snap(page, 'keyboard-intake-filed', { fullPage: false });
    // The form starts afresh on the line; above it, the notice of the filed case has its own stops, named in Chinese too.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail_line');
    const above = await walk(page, await context.newCDPSession(page), 'Shift+Tab');
    expect(above.map((stop) => stop.name)).toEqual(['政风专线', '关闭', '查看案件']);
    for (const stop of above) expect.soft(stop.visible, `${stop.role} ${stop.name} is visible`).toBe(true);

    const found = await apiGet<{ items: { id: number; code: string }[] }>(page, `/api/cases?q=${encodeURIComponent(code)}`);
    const id = found.items.find((item) => item.code === code)?.id;
    expect(id).toBeGreaterThan(0);
    const filed = await apiGet<{
      channel: string;
      channelDetail: { line?: string; callTime?: string };
      unitId: number | null;
      unitName: string | null;
      category: string;
      secondaryCategories: string[];
      personsConcerned: unknown[];
      title: string;
      body: string;
      status: string;
    }>(page, `/api/cases/${id}`);
    const { name, phone } = await apiGet<{ name: string | null; phone: string | null }>(page, `/api/cases/${id}/reporter`);
    const typedCallTime = await page.evaluate((text) => new Date(text.replace(' ', 'T')).toISOString(), callTime);
    expect({
      channel: filed.channel,
      line: filed.channelDetail.line,
      callTime: filed.channelDetail.callTime ? new Date(filed.channelDetail.callTime).toISOString() : null,
      reporter: { name, phone },
      unit: filed.unitName,
      category: filed.category,
      secondaryCategories: filed.secondaryCategories,
      personsConcerned: filed.personsConcerned,
      title: filed.title,
      body: filed.body,
      status: filed.status,
    }).toEqual({
      channel: 'hotline',
      line: 'line2',
      callTime: typedCallTime,
      reporter: { name: '孙来电', phone: '0451-82345678' },
      unit: UNIT,
      category: 'graft',
      secondaryCategories: ['buck_passing'],
      personsConcerned: [],
      title: TITLE,
      body: BODY,
      status: 'received',
    });

    // The case as the office reads it.
    await page.goto(`${server.url}/cases/${id}`);
    await page.getByTestId('case-code').filter({ hasText: code }).waitFor();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText(BODY).waitFor();
    await page.getByText(UNIT).first().waitFor();
    await page.getByText('吃拿卡要').first().waitFor();
    await page.getByText('推诿扯皮').first().waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('Backspace clears the unit, and Tab with the unit list open takes the highlighted unit and moves on', async () => {
    const context = await browser.newContext(DESKTOP);
    const { page, crashes } = await openPage(context);
    await signIn(page, server.url, staff);
    await openIntake(page, server.url);
    const unit = page.getByTestId('intake-unit');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('环境监察');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('category');
    expect(await unit.textContent()).toContain(UNIT);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Backspace');
    await expect.poll(() => unit.textContent()).toContain('搜索并选择单位');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('category');
    expect(crashes).toEqual([]);
    await context.close();
  });
});
