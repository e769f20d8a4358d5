import { describe, expect, it } from 'vitest';
import { ROUND_KINDS } from '../../../modules/inspections/contract';
import { ACCOUNTABILITY_OUTCOMES, FREQUENCIES, UNIT_KINDS } from '../../../modules/plan/contract';
import { translation as en } from '../../i18n/en';
import { translation as zh } from '../../i18n/zh-CN';
import { portal as portalEn } from '../../portal/i18n/en';
import { portal as portalZh } from '../../portal/i18n/zh-CN';

const languages = { 'zh-CN': zh, en } as const;

describe('the words for what a plan may state', () => {
  it('names every rhythm, unit kind, inspection kind, box level and outcome the plan format allows, in both languages', () => {
    for (const [language, words] of Object.entries(languages)) {
      for (const code of FREQUENCIES) expect(words.plan.frequency[code], `${language} plan.frequency.${code}`).toBeTruthy();
      for (const code of UNIT_KINDS) expect(words.units.kinds[code], `${language} units.kinds.${code}`).toBeTruthy();
      for (const code of ROUND_KINDS) expect(words.inspections.kinds[code], `${language} inspections.kinds.${code}`).toBeTruthy();
      for (const code of ['city', 'district', 'county'] as const) expect(words.plan.levels[code], `${language} plan.levels.${code}`).toBeTruthy();
      for (const code of ACCOUNTABILITY_OUTCOMES) expect(words.plan.outcomes[code], `${language} plan.outcomes.${code}`).toBeTruthy();
    }
  });

  it('holds none of one campaign’s own words: those come from its plan', () => {
    const own = /哈尔滨|哈政风办|市政风办|百家企业|百名外商|百位代表|按季度|打分排序|通报全市|every quarter|Harbin/i;
    const strings = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`))
          : [];
    const all = [...strings(zh, 'zh-CN'), ...strings(en, 'en'), ...strings(portalZh, 'portal.zh-CN'), ...strings(portalEn, 'portal.en')];
    expect(all.filter(([, text]) => own.test(text))).toEqual([]);
  });
});
