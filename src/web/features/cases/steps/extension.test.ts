import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translation as en } from '../../../i18n/en';
import { translation as zh } from '../../../i18n/zh-CN';
import { deadlineStepLabel, openExtensionRequest } from './extension';

const step = (id: number, action: string, data: Record<string, unknown> = {}, reason: string | null = null) => ({ id, action, data, reason, ts: `2011-03-0${id}T08:00:00.000Z` });

describe('an extension asked for, or a deadline moved by the office', () => {
  const i18next = createInstance();
  beforeAll(async () => {
    await i18next.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zh }, en: { translation: en } } });
  });

  it('finds the request still unanswered, with its working days and reason', () => {
    const timeline = [step(1, 'assign'), step(2, 'request_extension', { workdays: 5 }, '需现场核查')];
    expect(openExtensionRequest(timeline)).toEqual({ workdays: 5, reason: '需现场核查', ts: '2011-03-02T08:00:00.000Z' });
    expect(deadlineStepLabel(i18next.t, timeline)).toBe('批准延期');
  });

  it('calls a change without a request 调整期限, before and after one was answered', () => {
    expect(openExtensionRequest([step(1, 'assign')])).toBeNull();
    expect(deadlineStepLabel(i18next.t, [step(1, 'assign')])).toBe('调整期限');
    const answered = [step(1, 'assign'), step(2, 'request_extension', { workdays: 3 }), step(3, 'grant_extension'), step(4, 'grant_extension')];
    expect(openExtensionRequest(answered)).toBeNull();
    expect(deadlineStepLabel(i18next.t, answered, 3)).toBe('批准延期');
    expect(deadlineStepLabel(i18next.t, answered, 4)).toBe('调整期限');
  });

  it('says it in English too', async () => {
    const english = i18next.cloneInstance({ lng: 'en' });
    await english.changeLanguage('en');
    expect(deadlineStepLabel(english.t, [step(1, 'assign')])).toBe('Change deadline');
    expect(deadlineStepLabel(english.t, [step(1, 'request_extension', { workdays: 2 })])).toBe('Grant extension');
  });
});
