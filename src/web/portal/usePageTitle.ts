import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, in the reader's language. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation('portal');
  useEffect(() => {
    document.title = `${title} · ${t('product')}`;
  }, [title, t]);
}
