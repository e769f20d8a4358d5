import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawFinding } from '../mutations';
import { inspectionProblemText, useConflictMessage } from '../problems';
import type { Finding, RoundDetail } from '../types';
import { FindingForm } from './FindingForm';

/** Correct a finding recorded by mistake, or withdraw it with the reason (only while the server allows it). */
export function FindingActions({ round, finding }: { round: RoundDetail; finding: Finding }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'edit' | 'withdraw' | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawFinding(round.id);
  const conflict = useConflictMessage();
  const close = () => {
    setOpen(null);
    withdraw.reset();
  };
  const submitWithdrawal = ({ reason }: { reason: string }) =>
    withdraw.mutate(
      { findingId: finding.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('inspections.findings.withdrawnDone'));
          close();
        },
        onError: conflict,
      },
    );
  return (
    <>
      <Space size={4} wrap>
        <Button size="small" onClick={() => setOpen('edit')} aria-label={`${t('inspections.findings.edit')}：${finding.title}`} data-testid="finding-edit">
          {t('inspections.findings.edit')}
        </Button>
        <Button size="small" danger onClick={() => setOpen('withdraw')} aria-label={`${t('inspections.findings.withdraw')}：${finding.title}`} data-testid="finding-withdraw">
          {t('inspections.findings.withdraw')}
        </Button>
      </Space>
      <Modal open={open === 'edit'} title={t('inspections.findings.editTitle')} onCancel={close} footer={null} destroyOnHidden width={720}>
        <FindingForm round={round} finding={finding} onDone={close} />
      </Modal>
      <Modal
        open={open === 'withdraw'}
        title={t('inspections.findings.withdrawTitle')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('inspections.findings.withdraw')}
        okButtonProps={{ danger: true, loading: withdraw.isPending, 'data-testid': 'finding-withdraw-confirm' }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('inspections.findings.withdrawHint')}</Typography.Paragraph>
        <Typography.Paragraph strong>{finding.title}</Typography.Paragraph>
        {withdraw.error ? <Typography.Paragraph type="danger">{inspectionProblemText(withdraw.error, t)}</Typography.Paragraph> : null}
        <Form form={form} layout="vertical" onFinish={submitWithdrawal} preserve={false}>
          <Form.Item name="reason" label={t('inspections.findings.withdrawReason')} rules={[{ required: true, whitespace: true, message: t('inspections.findings.withdrawReasonRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} placeholder={t('inspections.findings.withdrawReasonPlaceholder')} data-testid="finding-withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
