import { Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRowLink } from '../../../useRowLink';
import { DeadlineTag } from '../DeadlineTag';
import { channelLabel } from '../labels';
import { useCategoryName } from '../useCategoryName';
import { StatusTag } from '../StatusTag';
import type { CaseListItem } from '../types';
import { UnitCell } from './UnitCell';

interface CaseTableProps {
  cases: CaseListItem[];
  loading: boolean;
  /** Liaisons see only their own unit's cases, so the handling unit column says nothing new. */
  showAssignedUnit: boolean;
}

/** The case list: dense rows, a click anywhere opens the case, the code is a real link for new tabs. */
export function CaseTable({ cases, loading, showAssignedUnit }: CaseTableProps) {
  const { t } = useTranslation();
  const rowLink = useRowLink<CaseListItem>((item) => `/cases/${item.id}`);
  const categoryName = useCategoryName();
  return (
    <Table<CaseListItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={cases}
      pagination={false}
      sticky={{ offsetHeader: 64 }}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('cases.list.empty') }}
      onRow={rowLink}
      columns={[
        {
          key: 'code',
          title: t('cases.columns.code'),
          width: 136,
          render: (_, item) => (
            <Link to={`/cases/${item.id}`} onClick={(event) => event.stopPropagation()} style={{ fontFamily: 'monospace' }}>
              {item.code}
            </Link>
          ),
        },
        {
          key: 'title',
          title: t('cases.columns.title'),
          ellipsis: true,
          render: (_, item) => (
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text ellipsis>
                {item.anonymous && <Tag style={{ marginInlineEnd: 6 }}>{t('cases.list.anonymous')}</Tag>}
                {item.title}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {categoryName(item.category)} · {channelLabel(t, item.channel)}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'unit',
          title: showAssignedUnit ? t('cases.columns.units') : t('cases.columns.unit'),
          width: 210,
          ellipsis: true,
          render: (_, item) => <UnitCell item={item} showAssigned={showAssignedUnit} />,
        },
        { key: 'status', title: t('cases.columns.status'), width: 88, render: (_, item) => <StatusTag status={item.status} /> },
        {
          key: 'deadline',
          title: t('cases.columns.deadline'),
          width: 190,
          render: (_, item) => <DeadlineTag dueDate={item.dueDate} deadline={item.deadline} escalationLevel={item.escalationLevel} />,
        },
        { key: 'received', title: t('cases.columns.receivedAt'), width: 136, render: (_, item) => dayjs(item.receivedAt).format('YYYY-MM-DD HH:mm') },
      ]}
    />
  );
}
