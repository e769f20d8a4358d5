import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../../common/idempotencyKey';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { usePlan } from '../../plan/queries';
import type { FiledCase as Filed } from '../types';
import type { IntakeChannel, IntakeValues } from './intakeBody';
import { IntakeForm } from './IntakeForm';

/**
 * Quick intake for the office: one form per call. After filing, the form starts afresh (new
 * Idempotency-Key, call time now, focus on the first field) but keeps the channel and line,
 * since an operator stays on the same phone line all shift.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [key, setKey] = useState(newIdempotencyKey);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [channel, setChannel] = useState<IntakeChannel>('hotline');
  const [line, setLine] = useState<string | undefined>(undefined);
  const plan = usePlan();
  if (plan.isPending) return <PageSpin />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  const onFiled = (next: Filed, values: IntakeValues) => {
    setFiled(next);
    setChannel(values.channel);
    if (values.detail?.line) setLine(values.detail.line);
    setKey(newIdempotencyKey());
  };
  return (
    <Page title={t('caseIntake.title')} subtitle={t('caseIntake.subtitle')}>
      {filed && (
        <Alert
          type="success"
          showIcon
          // antd names the button after its icon, in English ("close"); it is named here in the page's language.
          closable={{ closeIcon: <CloseOutlined aria-hidden />, 'aria-label': t('caseIntake.dismiss') }}
          title={<span data-testid="filed-code">{t('caseIntake.filed', { code: filed.code })}</span>}
          description={t('caseIntake.next')}
          action={
            <Button size="small" onClick={() => void navigate(`/cases/${filed.id}`)}>
              {t('caseIntake.open')}
            </Button>
          }
        />
      )}
      <Card>
        <IntakeForm key={key} idempotencyKey={key} channel={channel} line={line ?? plan.data.measures?.hotlineLines?.[0]?.code} onFiled={onFiled} />
      </Card>
    </Page>
  );
}
