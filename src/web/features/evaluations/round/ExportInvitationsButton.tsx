import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloads } from '../queries';

/** Plain links: the browser downloads the workbook itself with the session cookie. */
export function ExportInvitationsButton({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'all', label: <a href={downloads.invitations(roundId, null)} download>{t('evaluations.invitations.exportAll')}</a> },
          { key: 'unanswered', label: <a href={downloads.invitations(roundId, 'unanswered')} download>{t('evaluations.invitations.exportUnanswered')}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="export-invitations">
        {t('evaluations.invitations.export')}
      </Button>
    </Dropdown>
  );
}
