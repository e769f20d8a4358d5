import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import type { NavKey } from '../../shell/navigation';

/** Stands in for an area that is planned but not built; it shows no figures at all. */
export function NotAvailablePage({ area }: { area: NavKey }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${area}`)}>
      <Card>
        <Empty description={t('placeholder.notAvailable')} style={{ padding: '64px 0' }} />
      </Card>
    </Page>
  );
}
