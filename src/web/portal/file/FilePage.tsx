import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../../common/idempotencyKey';
import type { Filed } from '../types';
import { usePageTitle } from '../usePageTitle';
import { ComplaintForm } from './ComplaintForm';
import { ReceiptPanel } from './ReceiptPanel';

export function FilePage() {
  const { t } = useTranslation('portal');
  const [key] = useState(newIdempotencyKey);
  // Held in memory only: the receipt never goes into the address, storage or history.
  const [filed, setFiled] = useState<Filed | null>(null);
  usePageTitle(t('file.title'));
  if (filed) return <ReceiptPanel filed={filed} />;
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
