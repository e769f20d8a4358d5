import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format';
import type { Lookup, Wording } from './words';

/** A word of the console's catalogue in that language (Chinese where English has none). */
function lookupIn(instance: I18n, language: string): Lookup {
  return (key) => {
    const found: unknown = instance.getResource(language, 'translation', key) ?? instance.getResource('zh-CN', 'translation', key);
    return typeof found === 'string' ? found : undefined;
  };
}

/** The trail's words in the page's language; a new one when the reader switches languages. */
export function useWording(): Wording {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(() => ({ lookup: lookupIn(i18n, language), instant: formatDateTime }), [i18n, language]);
}
