import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApprovePublication } from '../mutations';
import { evaluationProblemText } from '../problems';
import type { Publication } from '../types';
import { usePeriodLabel } from '../usePeriodLabel';

/** A leader's approval: the version goes out on the portal and never changes afterwards. */
export function ApprovePublicationButton({ publication }: { publication: Publication }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const periodLabel = usePeriodLabel();
  const approve = useApprovePublication();
  const confirm = () =>
    void modal.confirm({
      title: t('evaluations.publications.approveTitle', { period: periodLabel(publication.period), version: publication.version }),
      content: t('evaluations.publications.approveWarning'),
      okText: t('evaluations.publications.approve'),
      cancelText: t('actions.cancel'),
      onOk: () =>
        approve.mutateAsync(publication.id).then(
          () => void message.success(t('evaluations.publications.approved', { version: publication.version })),
          (error: unknown) => void message.error(evaluationProblemText(error, t)),
        ),
    });
  return (
    <Button size="small" type="primary" loading={approve.isPending} onClick={confirm} data-testid="approve-publication">
      {t('evaluations.publications.approve')}
    </Button>
  );
}
