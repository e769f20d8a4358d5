import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATUS_COLOURS, invitationStatusLabel } from './labels';

export function InvitationStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={INVITATION_STATUS_COLOURS[status] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="invitation-status">
      {invitationStatusLabel(t, status)}
    </Tag>
  );
}
