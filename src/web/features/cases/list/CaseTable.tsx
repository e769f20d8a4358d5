import { Checkbox, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { MouseEvent } from 'react';
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
import { pageState } from './selection';
import { reporterKind } from '../../../../modules/cases/contract';

/** The office's ticks: a box on each case and, on a desk, one for the whole page. */
export interface ListSelection {
  selected: ReadonlySet<number>;
  /** A case's box clicked; `range` when Shift was held (every case from the last one clicked). */
  onToggle: (id: number, range: boolean) => void;
  onTogglePage: () => void;
}

interface CaseTableProps {
  cases: CaseListItem[];
  loading: boolean;
  /** Liaisons see only their own unit's cases, so the handling unit column says nothing new. */
  showAssignedUnit: boolean;
  /** Only the office selects cases (to take a step on many at once). */
  selection?: ListSelection;
  /** The case the keyboard is on (j/k), marked on its row. */
  focus?: number | null;
}

const SELECTED_BG = '#e6f4ff';
const FOCUS = '#1677ff';

// The keyboard's row: a bar on its left and a line around it; scrolled to clear the sticky
// header above and the bulk bar below.
const ROW_CSS = `
.case-rows .ant-table-row { scroll-margin-top: 112px; scroll-margin-bottom: 96px; }
.case-rows .case-row-focus > td { box-shadow: inset 0 1px 0 ${FOCUS}, inset 0 -1px 0 ${FOCUS}; }
.case-rows .case-row-focus > td:first-child { box-shadow: inset 3px 0 0 ${FOCUS}, inset 0 1px 0 ${FOCUS}, inset 0 -1px 0 ${FOCUS}; }
.case-rows .case-row-focus > td:last-child { box-shadow: inset -1px 0 0 ${FOCUS}, inset 0 1px 0 ${FOCUS}, inset 0 -1px 0 ${FOCUS}; }
`;

/** A case's box; a click on it never opens the case, and its Shift says "the range". */
function CaseBox({ item, selection }: { item: CaseListItem; selection: ListSelection }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      checked={selection.selected.has(item.id)}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => selection.onToggle(item.id, event.nativeEvent.shiftKey)}
      aria-label={t('cases.bulk.select', { code: item.code })}
      data-testid="case-select"
    />
  );
}

/** A click beside the box counts as on it: a bigger target, and the row's link is not followed. */
function boxCell(item: CaseListItem, selection: ListSelection) {
  return {
    onClick: (event: MouseEvent) => {
      event.stopPropagation();
      if (event.target === event.currentTarget) selection.onToggle(item.id, event.shiftKey);
    },
    // Shift+click would otherwise select the page's text from the last click to this one.
    onMouseDown: (event: MouseEvent) => {
      if (event.shiftKey) event.preventDefault();
    },
    style: { cursor: 'pointer' },
  };
}

/**
 * On a phone, each case as a block that opens it: title, code, status and deadline first, then
 * the unit, the category and channel, and when it came in. Nothing to scroll sideways.
 */
function CaseCards({ cases, loading, showAssignedUnit, selection }: CaseTableProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const content = (item: CaseListItem) => (
    <>
      <Typography.Text strong style={{ display: 'block' }}>
        {reporterKind(item) === 'anonymous' && <Tag style={{ marginInlineEnd: 6 }}>{t('cases.list.anonymous')}</Tag>}
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
  );
  const common = { items: cases, itemKey: (item: CaseListItem) => item.id, loading, empty: t('cases.list.empty'), testId: 'case-cards', itemTestId: 'case-card' };
  if (!selection) return <BlockList {...common} link={(item) => `/cases/${item.id}`} render={content} />;
  // With boxes the block is no longer one link: the box on the left ticks, the rest opens the case.
  return (
    <BlockList
      {...common}
      render={(item) => (
        <Flex style={{ margin: '-12px -16px', background: selection.selected.has(item.id) ? SELECTED_BG : undefined }}>
          <div
            style={{ padding: '12px 10px 12px 16px', cursor: 'pointer' }}
            onClick={(event) => event.target === event.currentTarget && selection.onToggle(item.id, false)}
          >
            <CaseBox item={item} selection={selection} />
          </div>
          <Link to={`/cases/${item.id}`} style={{ flex: 1, minWidth: 0, padding: '12px 16px 12px 0', color: 'inherit' }}>
            {content(item)}
          </Link>
        </Flex>
      )}
    />
  );
}

/** The case list: dense rows, a click anywhere opens the case, the code is a real link for new tabs. On a phone, blocks instead. */
export function CaseTable(props: CaseTableProps) {
  const phone = usePhone();
  return phone ? <CaseCards {...props} /> : <CaseRows {...props} />;
}

function CaseRows({ cases, loading, showAssignedUnit, selection, focus = null }: CaseTableProps) {
  const { t } = useTranslation();
  const rowLink = useRowLink<CaseListItem>((item) => `/cases/${item.id}`);
  const categoryName = useCategoryName();
  const page = selection ? pageState(cases.map((item) => item.id), selection.selected) : 'none';
  const boxColumn: TableColumnsType<CaseListItem> = selection
    ? [
        {
          key: 'select',
          width: 44,
          align: 'center',
          title: (
            <Checkbox
              checked={page === 'all'}
              indeterminate={page === 'some'}
              disabled={cases.length === 0}
              onChange={selection.onTogglePage}
              aria-label={t('cases.bulk.selectPage')}
              data-testid="case-select-page"
            />
          ),
          onCell: (item) => boxCell(item, selection),
          render: (_, item) => <CaseBox item={item} selection={selection} />,
        },
      ]
    : [];
  const rowClass = (item: CaseListItem) =>
    [selection?.selected.has(item.id) ? 'ant-table-row-selected' : '', item.id === focus ? 'case-row-focus' : ''].filter(Boolean).join(' ');
  return (
    <div className="case-rows">
      <style>{ROW_CSS}</style>
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
        rowClassName={rowClass}
        columns={[
          ...boxColumn,
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
                  {reporterKind(item) === 'anonymous' && <Tag style={{ marginInlineEnd: 6 }}>{t('cases.list.anonymous')}</Tag>}
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
    </div>
  );
}
