import { CalendarOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseRound } from '../mutations';
import { evaluationProblemText } from '../problems';
import type { RoundDetail } from '../types';
import { EditDatesModal } from './EditDatesModal';

/** The office's changes to an open or scheduled round: its dates, and closing it for good. */
export function RoundActions({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const close = useCloseRound(round.id);
  const confirmClose = () =>
    void modal.confirm({
      title: t('evaluations.round.closeTitle'),
      content: t('evaluations.round.closeWarning', { submitted: round.submitted, invited: round.invited }),
      okText: t('evaluations.round.close'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: () =>
        close.mutateAsync().then(
          () => void message.success(t('evaluations.round.closed')),
          (error: unknown) => void message.error(evaluationProblemText(error, t)),
        ),
    });
  return (
    <Flex gap={8} wrap>
      <Button icon={<CalendarOutlined />} onClick={() => setEditing(true)}>
        {t('evaluations.round.editDates')}
      </Button>
      <Button danger icon={<StopOutlined />} onClick={confirmClose} loading={close.isPending} data-testid="close-round">
        {t('evaluations.round.close')}
      </Button>
      {editing && <EditDatesModal round={round} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
