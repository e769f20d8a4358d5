import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../i18n';

// Each language is named in itself so a reader of either can find their own.
const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      size="small"
      options={OPTIONS}
      value={currentLanguage()}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
