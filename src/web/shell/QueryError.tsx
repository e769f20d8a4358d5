import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../common/problems';

/** What a page shows when its data could not be loaded. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.loadFailed')}
      subTitle={problemText(error, t)}
      extra={<Button onClick={onRetry}>{t('actions.retry')}</Button>}
    />
  );
}
