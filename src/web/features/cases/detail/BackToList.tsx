import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * Back to the list the user came from, filters and all; a case opened from a link or a
 * notification goes to the plain list instead of leaving the console.
 */
export function BackToList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // React Router numbers its own history entries; 0 means this page was the first one opened.
  const cameFromConsole = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  return (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ alignSelf: 'flex-start', paddingInline: 0 }} onClick={() => void (cameFromConsole ? navigate(-1) : navigate('/cases'))}>
      {t('caseDetail.back')}
    </Button>
  );
}
