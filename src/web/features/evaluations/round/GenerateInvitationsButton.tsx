import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateInvitations } from '../mutations';
import { evaluationProblemText } from '../problems';

/** One link per evaluator of the panel; pressing it again adds links only for evaluators added since. */
export function GenerateInvitationsButton({ roundId, primary }: { roundId: number; primary: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const generate = useCreateInvitations(roundId);
  const run = () =>
    generate.mutate(undefined, {
      onSuccess: ({ created, total }) =>
        void (created > 0
          ? message.success(t('evaluations.invitations.generated', { created, total }))
          : message.info(t('evaluations.invitations.noneMissing', { total }))),
      onError: (error) => void message.error(evaluationProblemText(error, t)),
    });
  return (
    <Tooltip title={t('evaluations.invitations.generateHint')}>
      <Button type={primary ? 'primary' : 'default'} icon={<LinkOutlined />} loading={generate.isPending} onClick={run} data-testid="generate-invitations">
        {t('evaluations.invitations.generate')}
      </Button>
    </Tooltip>
  );
}
