import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { portal as en } from './en';
import { portal as zhCN } from './zh-CN';

export type PortalLanguage = 'zh-CN' | 'en';

// The console's key, so someone who chose English there sees English here too.
const STORAGE_KEY = 'zf.language';

function storedLanguage(): PortalLanguage {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

function applyLanguage(language: string): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export function portalLanguage(): PortalLanguage {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { portal: zhCN }, en: { portal: en } },
  ns: ['portal'],
  defaultNS: 'portal',
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyLanguage(i18n.language);
