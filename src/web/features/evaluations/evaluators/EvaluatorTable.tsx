import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { TableEmpty } from '../TableEmpty';
import type { Evaluator, Panel } from '../types';
import { DeleteEvaluatorButton } from './DeleteEvaluatorButton';

const SHOWN_UNITS = 2;

function DealtUnits({ names }: { names: string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return <Blank />;
  const rest = names.slice(SHOWN_UNITS);
  return (
    <Flex wrap gap={4}>
      {names.slice(0, SHOWN_UNITS).map((name) => (
        <Tag key={name} style={{ marginInlineEnd: 0 }}>
          {name}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.join(t('listSeparator'))}>
          <Tag style={{ marginInlineEnd: 0 }}>{t('evaluations.evaluators.more', { count: rest.length })}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

interface EvaluatorTableProps {
  evaluators: Evaluator[];
  panels: Panel[];
  loading: boolean;
  emptyText: string;
  onEdit: (evaluator: Evaluator) => void;
}

export function EvaluatorTable({ evaluators, panels, loading, emptyText, onEdit }: EvaluatorTableProps) {
  const { t } = useTranslation();
  const panelName = (code: string) => panels.find((panel) => panel.code === code)?.name ?? code;
  return (
    <Table<Evaluator>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={evaluators}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      sticky={{ offsetHeader: 64 }}
      scroll={{ x: 1100 }}
      locale={{ emptyText: <TableEmpty text={emptyText} /> }}
      columns={[
        { key: 'name', title: t('evaluations.evaluators.name'), dataIndex: 'name', width: 110 },
        {
          key: 'organisation',
          title: t('evaluations.evaluators.organisation'),
          ellipsis: true,
          render: (_, item) => <Typography.Text ellipsis={{ tooltip: item.organisation }}>{item.organisation}</Typography.Text>,
        },
        { key: 'panel', title: t('evaluations.evaluators.panel'), width: 150, render: (_, item) => panelName(item.panel) },
        { key: 'contact', title: t('evaluations.evaluators.contact'), width: 140, render: (_, item) => item.contact ?? <Blank /> },
        { key: 'memberUnit', title: t('evaluations.evaluators.memberUnit'), width: 150, ellipsis: true, render: (_, item) => item.memberUnitName ?? <Blank /> },
        { key: 'dealtUnits', title: t('evaluations.evaluators.dealtUnits'), width: 260, render: (_, item) => <DealtUnits names={item.dealtUnitNames} /> },
        {
          key: 'actions',
          title: t('evaluations.evaluators.actions'),
          width: 120,
          fixed: 'right',
          render: (_, item) => (
            <Flex gap={0}>
              <Button size="small" type="link" onClick={() => onEdit(item)}>
                {t('evaluations.evaluators.edit')}
              </Button>
              <DeleteEvaluatorButton evaluator={item} />
            </Flex>
          ),
        },
      ]}
    />
  );
}
