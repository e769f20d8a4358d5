import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A 404: the page, or (with `title` and `back`) a record that does not exist or is out of the
 * user's reach, with the way back to its list.
 */
export function NotFound({ title, back }: { title?: string; back?: { to: string; label: string } }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={title ?? t('errors.notFoundTitle')}
      subTitle={title ? undefined : t('errors.notFound')}
      extra={
        <Link to={back?.to ?? '/'}>
          <Button type="primary">{back?.label ?? t('actions.backHome')}</Button>
        </Link>
      }
    />
  );
}
