import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeLabel } from '../../plan/labels';
import { useUnits } from '../../units/queries';
import type { AccountabilityOutcome } from '../types';
import { AccountabilityModal } from './AccountabilityModal';

function Outcome({ item }: { item: AccountabilityOutcome }) {
  const { t } = useTranslation();
  const units = useUnits();
  const target =
    item.targetKind === 'person'
      ? [item.personName, item.personPosition].filter(Boolean).join(' · ')
      : (units.data?.find((unit) => unit.id === item.unitId)?.name ?? `#${item.unitId ?? '—'}`);
  return (
    <Flex vertical gap={2} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex gap={8} align="center">
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {outcomeLabel(t, item.outcome)}
        </Tag>
        <Typography.Text strong>{target}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {item.decisionDate} · {item.decidedBy} · {item.documentNo}
      </Typography.Text>
    </Flex>
  );
}

/** Who was held accountable for the case (问责), and a way to record it once the case is substantiated. */
export function AccountabilityCard({ caseId, outcomes, canRecord }: { caseId: number; outcomes: AccountabilityOutcome[]; canRecord: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('caseDetail.accountability.title')}
      size="small"
      extra={
        canRecord && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('caseDetail.accountability.record')}
          </Button>
        )
      }
    >
      {outcomes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseDetail.accountability.empty')} style={{ margin: '4px 0' }} />
      ) : (
        outcomes.map((item) => <Outcome key={item.id} item={item} />)
      )}
      {canRecord && <AccountabilityModal caseId={caseId} open={open} onClose={() => setOpen(false)} />}
    </Card>
  );
}
