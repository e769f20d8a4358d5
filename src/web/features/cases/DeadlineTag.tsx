import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from './types';

const COLOURS: Record<DeadlineState, string> = { overdue: 'red', due_soon: 'orange', on_time: 'default' };

interface DeadlineTagProps {
  dueDate: string | null;
  deadline: DeadlineState | null;
  escalationLevel: number;
}

/** The due date, coloured while the case is with a unit (red overdue, orange due soon), and the escalation level. */
export function DeadlineTag({ dueDate, deadline, escalationLevel }: DeadlineTagProps) {
  const { t } = useTranslation();
  if (!dueDate) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap align="center">
      {deadline ? (
        <Tooltip title={t(`cases.deadline.${deadline}`)}>
          <Tag color={COLOURS[deadline]} style={{ marginInlineEnd: 0 }} data-testid="deadline-tag">
            {dueDate}
            {deadline !== 'on_time' && ` · ${t(`cases.deadline.${deadline}`)}`}
          </Tag>
        </Tooltip>
      ) : (
        <Typography.Text type="secondary">{dueDate}</Typography.Text>
      )}
      {escalationLevel > 0 && (
        <Tag color="volcano" variant="solid" style={{ marginInlineEnd: 0 }}>
          {t('cases.escalation', { level: escalationLevel })}
        </Tag>
      )}
    </Flex>
  );
}
