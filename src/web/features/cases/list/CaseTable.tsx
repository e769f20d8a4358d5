import { Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BlockList } from '../../../shell/BlockList';
import { useRowLink } from '../../../common/useRowLink';
import { DeadlineTag } from '../DeadlineTag';
import { channelLabel } from '../labels';
import { useCategoryName } from '../useCategoryName';
import { StatusTag } from '../StatusTag';
import type { CaseListItem } from '../types';
import { UnitCell } from './UnitCell';
import { usePhone } from '../../../common/usePhone';

interface CaseTableProps {
  cases: CaseListItem[];
  loading: boolean;
  /** Liaisons see only their own unit's cases, so the handling unit column says nothing new. */
  showAssignedUnit: boolean;
}

/**
 * On a phone, each case as a block that opens it: title, code, status and deadline first, then
 * the unit, the category and channel, and when it came in. Nothing to scroll sideways.
 */
function CaseCards({ cases, loading, showAssignedUnit }: CaseTableProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (
    <BlockList
      items={cases}
      itemKey={(item) => item.id}
      link={(item) => `/cases/${item.id}`}
      loading={loading}
      empty={t('cases.list.empty')}
      testId="case-cards"
      itemTestId="case-card"
      render={(item) => (
        <>
          <Typography.Text strong style={{ display: 'block' }}>
            {item.anonymous && <Tag style={{ marginInlineEnd: 6 }}>{t('cases.list.anonymous')}</Tag>}
            {item.title}
          </Typography.Text>
          <Flex wrap gap={6} align="center" style={{ marginTop: 6 }}>
            <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{item.code}</Typography.Text>
            <StatusTag status={item.status} />
            {item.dueDate && <DeadlineTag dueDate={item.dueDate} deadline={item.deadline} escalationLevel={item.escalationLevel} />}
          </Flex>
          <div style={{ marginTop: 6 }}>
            <UnitCell item={item} showAssigned={showAssignedUnit} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {categoryName(item.category)} · {channelLabel(t, item.channel)} · {dayjs(item.receivedAt).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        </>
      )}
    />
  );
}

/** The case list: dense rows, a click anywhere opens the case, the code is a real link for new tabs. On a phone, blocks instead. */
export function CaseTable(props: CaseTableProps) {
  const phone = usePhone();
  return phone ? <CaseCards {...props} /> : <CaseRows {...props} />;
}

function CaseRows({ cases, loading, showAssignedUnit }: CaseTableProps) {
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
