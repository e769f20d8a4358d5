import { describe, expect, it } from 'vitest';
import { audit as en } from '../../web/i18n/en/audit.js';
import { audit as zh } from '../../web/i18n/zh-CN/audit.js';
import { AUDIT_ACTIONS, AUDIT_AREA_NAMES, AUDIT_OBJECT_TYPES } from './actions.js';

/**
 * The auditor reads every action and object in words: each one the server records has them in
 * both languages of the console (the page and the workbook take them from there).
 */
const languages = { 'zh-CN': zh, en } as const;
const leaf = (tree: unknown, path: string[]): unknown => path.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

describe('the audit trail in words', () => {
  for (const [language, words] of Object.entries(languages)) {
    it(`names every action, area and object type in ${language}`, () => {
      const missing = [
        ...AUDIT_ACTIONS.filter((code) => typeof leaf(words.actions, code.split('.')) !== 'string' || !leaf(words.actions, code.split('.'))).map((code) => `audit.actions.${code}`),
        ...AUDIT_AREA_NAMES.filter((area) => !leaf(words.areas, [area])).map((area) => `audit.areas.${area}`),
        ...AUDIT_OBJECT_TYPES.filter((type) => !leaf(words.objectTypes, [type])).map((type) => `audit.objectTypes.${type}`),
      ];
      expect(missing, `add these words to src/web/i18n/${language}/audit.ts`).toEqual([]);
    });
  }

  it('words nothing the server does not record (no stale words)', () => {
    const worded = Object.entries(zh.actions).flatMap(([area, names]) => Object.keys(names).map((name) => `${area}.${name}`));
    expect(worded.filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code))).toEqual([]);
    expect(Object.keys(zh.objectTypes).filter((type) => !(AUDIT_OBJECT_TYPES as readonly string[]).includes(type))).toEqual([]);
  });

  it('words each action differently within a language', () => {
    for (const words of Object.values(languages)) {
      const all = AUDIT_ACTIONS.map((code) => leaf(words.actions, code.split('.')));
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
