import { useTranslation } from 'react-i18next';
import { portalLanguage } from './i18n';
import { portal as zh } from './i18n/zh-CN';
import { periodLabel } from './period';

type CriterionCode = keyof typeof zh.criteria;
type PanelCode = keyof typeof zh.panels;

const isCriterion = (code: string): code is CriterionCode => Object.hasOwn(zh.criteria, code);
const isPanel = (code: string): code is PanelCode => Object.hasOwn(zh.panels, code);

/**
 * Names of the campaign's panels, criteria and periods in the reader's language. In Chinese the server's
 * names (from the plan) are shown as they are; in English a translation where one exists.
 */
export function useCampaignNames() {
  const { t } = useTranslation('portal');
  const language = portalLanguage();
  const english = language === 'en';
  return {
    language,
    criterion: (code: string, name: string) => (english && isCriterion(code) ? t(`criteria.${code}`) : name),
    panel: (code: string, name: string) => (english && isPanel(code) ? t(`panels.${code}`) : name),
    period: (period: string) => periodLabel(period, language),
  };
}
