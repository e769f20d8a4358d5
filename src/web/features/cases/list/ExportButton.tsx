import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../../common/api';
import { filtersToQuery, type CaseFilters } from './caseFilters';

/** A plain link: the browser downloads the workbook itself with the session cookie. */
export function ExportButton({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  return (
    <Button icon={<DownloadOutlined />} href={withQuery('/api/cases/export.xlsx', filtersToQuery(filters))} download data-testid="case-export">
      {t('cases.export')}
    </Button>
  );
}
