import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from './periods';

/** Names periods in the reader's language, following a language switch. */
export function usePeriodLabel(): (period: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useCallback((period: string) => periodLabel(period, language), [language]);
}
