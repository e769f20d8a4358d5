import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../../common/idempotencyKey';
import type { Filed } from '../types';
import { usePortalPlan } from '../queries';
import { usePageTitle } from '../usePageTitle';
import { ComplaintForm } from './ComplaintForm';
import { ReceiptPanel } from './ReceiptPanel';

export function FilePage() {
  const { t } = useTranslation('portal');
  const [key] = useState(newIdempotencyKey);
  // Held in memory only: the receipt never goes into the address, storage or history.
  const [filed, setFiled] = useState<Filed | null>(null);
  const closed = usePortalPlan().data?.campaign.closed ?? false;
  usePageTitle(t('file.title'));
  if (filed) return <ReceiptPanel filed={filed} />;
  // The layout says on every page that no new complaints are taken; the form is not shown.
  if (closed) {
    return (
      <>
        <Link to="/portal" className="p-back">
          ‹ {t('back')}
        </Link>
        <h1 className="p-title">{t('file.title')}</h1>
        <p className="p-muted" data-testid="file-closed">
          <Link to="/portal/track">{t('home.track')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Link to="/portal" className="p-back">
        ‹ {t('back')}
      </Link>
      <h1 className="p-title">{t('file.title')}</h1>
      <ComplaintForm idempotencyKey={key} onFiled={(next) => {
        setFiled(next);
        window.scrollTo(0, 0);
      }} />
    </>
  );
}
