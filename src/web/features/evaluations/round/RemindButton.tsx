import { BellOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSendReminders } from '../mutations';
import { evaluationProblemText } from '../problems';
import { downloads } from '../queries';

/**
 * Marks everyone who has not submitted as reminded now. The platform sends no message itself,
 * so the office is then offered the list of those evaluators for its own text messages or mail.
 */
export function RemindButton({ roundId, unanswered }: { roundId: number; unanswered: number }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const remind = useSendReminders(roundId);
  const run = () =>
    remind.mutate(undefined, {
      onSuccess: ({ reminded }) =>
        void modal.success({
          title: t('evaluations.remind.done', { count: reminded }),
          content: (
            <Flex vertical gap={12} style={{ marginTop: 8 }}>
              <Typography.Text>{t('evaluations.remind.next')}</Typography.Text>
              <Button type="primary" icon={<DownloadOutlined />} href={downloads.invitations(roundId, 'unanswered')} download style={{ alignSelf: 'flex-start' }}>
                {t('evaluations.invitations.exportUnanswered')}
              </Button>
            </Flex>
          ),
          okText: t('evaluations.remind.close'),
        }),
      onError: (error) => void message.error(evaluationProblemText(error, t)),
    });
  return (
    <Popconfirm
      title={t('evaluations.remind.title')}
      description={<div style={{ maxWidth: 320 }}>{t('evaluations.remind.confirm', { count: unanswered })}</div>}
      okText={t('evaluations.remind.ok')}
      cancelText={t('actions.cancel')}
      onConfirm={run}
      disabled={unanswered === 0}
    >
      <Button icon={<BellOutlined />} loading={remind.isPending} disabled={unanswered === 0} data-testid="remind">
        {t('evaluations.remind.button')}
      </Button>
    </Popconfirm>
  );
}
