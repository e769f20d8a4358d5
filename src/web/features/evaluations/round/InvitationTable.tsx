import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/format';
import { Blank } from '../../../shell/Blank';
import { InvitationStatusTag } from '../InvitationStatusTag';
import { fullLink } from '../links';
import { TableEmpty } from '../TableEmpty';
import type { Invitation } from '../types';

interface InvitationTableProps {
  invitations: Invitation[];
  loading: boolean;
  emptyText: string;
  /** A closed round's links no longer work, so they are not offered for copying. */
  showLinks: boolean;
}

/** Who was invited and how far they got; each row copies its evaluator's link. */
export function InvitationTable({ invitations, loading, emptyText, showLinks }: InvitationTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Invitation> = [
    { key: 'name', title: t('evaluations.invitations.columns.name'), dataIndex: 'name', width: 120 },
    { key: 'organisation', title: t('evaluations.invitations.columns.organisation'), dataIndex: 'organisation', ellipsis: true },
    {
      key: 'contact',
      title: t('evaluations.invitations.columns.contact'),
      width: 150,
      render: (_, item) => item.contact ?? <Blank />,
    },
    { key: 'status', title: t('evaluations.invitations.columns.status'), width: 90, render: (_, item) => <InvitationStatusTag status={item.status} /> },
    {
      key: 'submittedAt',
      title: t('evaluations.invitations.columns.submittedAt'),
      width: 170,
      render: (_, item) => (item.submittedAt ? formatDateTime(item.submittedAt) : <Blank />),
    },
    {
      key: 'remindedAt',
      title: t('evaluations.invitations.columns.remindedAt'),
      width: 170,
      render: (_, item) => (item.remindedAt ? formatDateTime(item.remindedAt) : <Blank />),
    },
    {
      key: 'link',
      title: t('evaluations.invitations.columns.link'),
      width: 110,
      render: (_, item) => (
        <Typography.Text
          copyable={{ text: fullLink(item.link), tooltips: [t('evaluations.invitations.copy'), t('evaluations.invitations.copied')] }}
          type="secondary"
          data-testid="copy-link"
        >
          {t('evaluations.invitations.copyShort')}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<Invitation>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={invitations}
      pagination={false}
      sticky={{ offsetHeader: 64 }}
      scroll={{ x: 980 }}
      locale={{ emptyText: <TableEmpty text={emptyText} /> }}
      columns={showLinks ? columns : columns.filter((column) => column.key !== 'link')}
    />
  );
}
