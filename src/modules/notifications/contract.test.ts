import { describe, expect, it } from 'vitest';
import { NOTICE_MESSAGES, wordNotice, type NoticeKey } from './contract.js';

describe('notice messages', () => {
  it('words a notice in either language with its parameters', () => {
    expect(wordNotice('case.remind', { code: 'ZF2011-000001', dueDate: '2011-05-06' }, 'zh-CN')).toBe('催办：ZF2011-000001 请于 2011-05-06 前办理');
    expect(wordNotice('case.remind', { code: 'ZF2011-000001', dueDate: '2011-05-06' }, 'en')).toBe('Reminder: ZF2011-000001 is due by 2011-05-06');
  });

  it('names the same parameters in both languages for every key', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, words] of Object.entries(NOTICE_MESSAGES)) {
      expect(names(words.en), key).toEqual(names(words['zh-CN']));
      expect(words.en.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('never prints undefined for a missing parameter', () => {
    expect(wordNotice('case.escalate' as NoticeKey, { code: 'X' }, 'en')).toBe('Escalated (level level): X');
  });
});
