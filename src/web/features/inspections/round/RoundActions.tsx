import { CaretRightOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionRound } from '../mutations';
import { inspectionProblemText } from '../problems';
import type { RoundDetail } from '../types';
import { EditRoundDrawer } from './EditRoundDrawer';

/** The office's changes to a round: edit it while it is not closed, start it, close it. */
export function RoundActions({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const transition = useTransitionRound(round.id);
  const may = (to: string) => round.allowedTransitions.some((allowed) => allowed === to);
  const fail = (error: unknown) => void message.error(inspectionProblemText(error, t));
  const start = () => transition.mutate('in_progress', { onSuccess: () => void message.success(t('inspections.round.started')), onError: fail });
  // A planned round is called off (cancelled); one in progress is closed. Neither can be undone.
  const calledOff = round.status === 'planned';
  const end = calledOff ? 'cancelled' : 'closed';
  const closeText = t(calledOff ? 'inspections.round.callOff' : 'inspections.round.close');
  const confirmClose = () =>
    void modal.confirm({
      title: t(calledOff ? 'inspections.round.callOffTitle' : 'inspections.round.closeTitle'),
      content: t(calledOff ? 'inspections.round.callOffWarning' : 'inspections.round.closeWarning', { count: round.findingCount }),
      okText: closeText,
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: () => transition.mutateAsync(end).then(() => void message.success(t(calledOff ? 'inspections.round.calledOff' : 'inspections.round.closed')), fail),
    });
  return (
    <Flex gap={8} wrap>
      {round.allowedTransitions.length > 0 && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-round">
          {t('inspections.round.edit')}
        </Button>
      )}
      {may('in_progress') && (
        <Button type="primary" icon={<CaretRightOutlined />} onClick={start} loading={transition.isPending && transition.variables === 'in_progress'} data-testid="start-round">
          {t('inspections.round.start')}
        </Button>
      )}
      {may(end) && (
        <Button danger icon={<StopOutlined />} onClick={confirmClose} loading={transition.isPending && transition.variables === end} data-testid="close-round">
          {closeText}
        </Button>
      )}
      {editing && <EditRoundDrawer round={round} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
