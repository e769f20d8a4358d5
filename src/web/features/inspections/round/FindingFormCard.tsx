import { CloseOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../common/idempotencyKey';
import type { RoundDetail } from '../types';
import { FindingForm } from './FindingForm';

/** The form to record a finding; after each one it starts afresh, with a new key and the time now. */
export function FindingFormCard({ round, onClose }: { round: RoundDetail; onClose?: () => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState(newIdempotencyKey);
  const close = onClose && <Button type="text" size="small" icon={<CloseOutlined />} onClick={onClose} aria-label={t('inspections.record.hide')} />;
  return (
    <Card title={t('inspections.record.title')} size="small" extra={close} data-testid="finding-form">
      <FindingForm key={key} idempotencyKey={key} round={round} onDone={() => setKey(newIdempotencyKey())} />
    </Card>
  );
}
