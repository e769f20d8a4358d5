import type { TFunction } from 'i18next';
import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../common/problems';
import { Blank } from '../../../shell/Blank';
import { useReporter } from '../queries';

/** The identifying channel details sealed with the identity, labelled as the intake form labels them. */
function detailItems(details: Record<string, string>, t: TFunction) {
  const { lat, long, ...rest } = details;
  const label: Record<string, string> = {
    sender: t('caseIntake.sender'),
    senderAddress: t('caseIntake.senderAddress'),
    contact: t('caseIntake.contact'),
    address: t('caseDetail.reporterCard.address'),
  };
  const items = Object.entries(rest).map(([key, value]) => ({ key, label: label[key] ?? key, children: value }));
  if (lat && long) items.push({ key: 'coordinates', label: t('caseDetail.reporterCard.coordinates'), children: `${lat}, ${long}` });
  return items;
}

/**
 * The reporter's identity, for the office only. It is sealed on the server and every view is
 * written to the audit trail, so it is fetched only after the user confirms, never on page load.
 */
export function ReporterCard({ caseId, hasReporter, reporterless }: { caseId: number; hasReporter: boolean; reporterless: boolean }) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const reporter = useReporter(caseId, requested);
  const or = (value: string | null | undefined) => value ?? <Blank />;
  return (
    <Card title={t('caseDetail.reporterCard.title')} size="small">
      {!hasReporter ? (
        <Typography.Text type="secondary">{t(reporterless ? 'caseDetail.reporterCard.none' : 'caseDetail.reporterCard.anonymous')}</Typography.Text>
      ) : reporter.data ? (
        <>
          <Descriptions
            size="small"
            column={1}
            data-testid="reporter-identity"
            items={[
              { key: 'name', label: t('caseDetail.reporterCard.name'), children: or(reporter.data.name) },
              { key: 'phone', label: t('caseDetail.reporterCard.phone'), children: or(reporter.data.phone) },
              { key: 'id', label: t('caseDetail.reporterCard.idNumber'), children: or(reporter.data.idNumber) },
              ...detailItems(reporter.data.details, t),
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <LockOutlined /> {t('caseDetail.reporterCard.recorded')}
          </Typography.Text>
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            <LockOutlined /> {t('caseDetail.reporterCard.hint')}
          </Typography.Paragraph>
          {reporter.isError && <Alert type="error" showIcon title={problemText(reporter.error, t)} style={{ marginBottom: 8 }} />}
          <Popconfirm title={t('caseDetail.reporterCard.confirm')} onConfirm={() => (requested ? void reporter.refetch() : setRequested(true))} okText={t('caseDetail.reporterCard.confirmOk')} cancelText={t('actions.cancel')}>
            <Button icon={<EyeOutlined />} loading={reporter.isFetching}>
              {t('caseDetail.reporterCard.show')}
            </Button>
          </Popconfirm>
        </>
      )}
    </Card>
  );
}
