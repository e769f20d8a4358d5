import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { portal } from '../portal/i18n/zh-CN';
import { translation as en } from './en';
import { translation as zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'zf.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The portal is a separate page with its own small namespace; only its type is shared here.
    resources: { translation: typeof zhCN; portal: typeof portal };
  }
}

function storedLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

function applyLanguage(language: string): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyLanguage(i18n.language);

export default i18n;
