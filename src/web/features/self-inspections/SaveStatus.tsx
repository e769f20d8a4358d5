import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './draftSaver';
import { selfInspectionProblemText } from './problems';

/** Where the draft's saving stands, in a few words: 已保存 14:32, 保存中, 未保存（网络问题，将重试）… */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const time = state.savedAt === null ? '' : dayjs(state.savedAt).format('HH:mm');
  const words: Record<SaveState['phase'], [ReactNode, string, 'secondary' | 'success' | 'warning' | 'danger' | undefined]> = {
    idle: [<CloudSyncOutlined key="i" />, t('selfInspections.save.idle'), 'secondary'],
    pending: [<CloudSyncOutlined key="i" />, t('selfInspections.save.pending'), 'secondary'],
    saving: [<LoadingOutlined key="i" />, t('selfInspections.save.saving'), 'secondary'],
    saved: [<CheckCircleOutlined key="i" />, t('selfInspections.save.saved', { time }), 'success'],
    offline: [<WarningOutlined key="i" />, t('selfInspections.save.offline'), 'warning'],
    conflict: [<ExclamationCircleOutlined key="i" />, t('selfInspections.save.conflict'), 'danger'],
    closed: [<ExclamationCircleOutlined key="i" />, t('selfInspections.save.closed'), 'danger'],
    invalid: [<ExclamationCircleOutlined key="i" />, t('selfInspections.save.invalid'), 'danger'],
    failed: [<ExclamationCircleOutlined key="i" />, t('selfInspections.save.failed', { reason: selfInspectionProblemText(state.error, t) }), 'danger'],
  };
  const [icon, text, type] = words[state.phase];
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text type={type} role="status" data-testid="save-status" data-phase={state.phase}>
        {icon} {text}
      </Typography.Text>
      {state.incomplete > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="save-incomplete">
          {t('selfInspections.save.incomplete', { count: state.incomplete })}
        </Typography.Text>
      )}
    </Flex>
  );
}
