import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFileFinding } from '../mutations';
import { inspectionProblemText } from '../problems';

/** Turns a finding into a case; the table then shows the case's code in its place. */
export function FileCaseButton({ findingId }: { findingId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const file = useFileFinding();
  const onClick = () =>
    file.mutate(findingId, {
      onSuccess: ({ code }) => void message.success(t('inspections.findings.filed', { code })),
      onError: (error) => void message.error(inspectionProblemText(error, t)),
    });
  return (
    <Button size="small" onClick={onClick} loading={file.isPending} data-testid="file-case">
      {t('inspections.findings.toCase')}
    </Button>
  );
}
