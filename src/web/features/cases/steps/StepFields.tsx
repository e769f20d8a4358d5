import { Alert, Form, InputNumber, Typography } from 'antd';
import { formatDateTime } from '../../../common/format';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Step } from '../types';
import { CasePicker } from './CasePicker';
import { openExtensionRequest } from './extension';
import { DueDateField, NoteField, ReasonField, UnitField } from './fields';
import { FollowUpFields } from './FollowUpFields';
import { RespondFields } from './RespondFields';

// Steps whose consequence is worth a sentence before the user confirms.
const HINTS: Partial<Record<Step, 'accept' | 'reject' | 'remind' | 'escalate' | 'verify_close' | 'merge'>> = {
  accept: 'accept',
  reject: 'reject',
  remind: 'remind',
  escalate: 'escalate',
  verify_close: 'verify_close',
  merge: 'merge',
};

/** Before the office moves a deadline: what the unit asked for, or that it asked for nothing. */
function ExtensionRequest({ timeline }: { timeline: CaseDetail['timeline'] }) {
  const { t } = useTranslation();
  const asked = openExtensionRequest(timeline);
  if (!asked) return <Alert type="info" showIcon title={t('caseSteps.noExtensionAsked')} style={{ marginBottom: 16 }} data-testid="extension-request" />;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('caseSteps.extensionAsked', { workdays: asked.workdays ?? '?', time: formatDateTime(asked.ts) })}
      description={asked.reason ?? undefined}
      style={{ marginBottom: 16 }}
      data-testid="extension-request"
    />
  );
}

/** The fields of one step, as the server's schema for that step asks for them. */
export function StepFields({ step, detail }: { step: Step; detail: CaseDetail }) {
  const { t } = useTranslation();
  const hint = HINTS[step];
  return (
    <>
      {hint && <Typography.Paragraph type="secondary">{t(`caseSteps.hints.${hint}`)}</Typography.Paragraph>}
      {(() => {
        switch (step) {
          case 'accept':
          case 'remind':
          case 'verify_close':
            return <NoteField />;
          case 'reject':
          case 'escalate':
            return <ReasonField autoFocus />;
          case 'assign':
            return (
              <>
                <UnitField required={detail.unitId === null} hint={detail.unitId ? t('caseSteps.unitAssignHint') : undefined} />
                <DueDateField />
                <NoteField />
              </>
            );
          case 'transfer':
            return (
              <>
                <UnitField required />
                <ReasonField />
                <DueDateField />
              </>
            );
          case 'return':
          case 'reopen':
            return (
              <>
                <ReasonField autoFocus />
                <DueDateField />
              </>
            );
          case 'request_extension':
            return (
              <>
                <Form.Item name="workdays" label={t('caseSteps.workdays')} rules={[{ required: true, message: t('caseSteps.workdaysRequired') }]}>
                  <InputNumber min={1} max={60} precision={0} autoFocus style={{ width: 160 }} suffix={t('caseSteps.workdaysUnit')} />
                </Form.Item>
                <ReasonField />
              </>
            );
          case 'grant_extension':
            return (
              <>
                <ExtensionRequest timeline={detail.timeline} />
                <DueDateField required after={detail.dueDate} />
                <NoteField />
              </>
            );
          case 'respond':
            return <RespondFields />;
          case 'follow_up':
            return <FollowUpFields />;
          case 'merge':
            return (
              <>
                <Form.Item name="intoCaseId" label={t('caseSteps.intoCase')} rules={[{ required: true, message: t('caseSteps.intoCaseRequired') }]}>
                  <CasePicker excludeId={detail.id} />
                </Form.Item>
                <ReasonField required={false} />
              </>
            );
        }
      })()}
    </>
  );
}
