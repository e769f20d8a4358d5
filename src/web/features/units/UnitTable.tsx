import { Flex, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../shell/Blank';
import type { Unit } from './types';
import { UnitActions, type UnitDialog } from './UnitActions';
import { KindTag, MonitoredTag, RetiredTag } from './UnitTags';

interface UnitTableProps {
  units: Unit[];
  all: Unit[];
  /** For the office: each row's changes open here. Without it the table is read-only. */
  onOpen?: (dialog: UnitDialog) => void;
}

export function UnitTable({ units, all, onOpen }: UnitTableProps) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => new Map(all.map((unit) => [unit.id, unit.name])), [all]);
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      dataSource={units}
      scroll={{ x: 'max-content' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('units.total', { total }) }}
      onRow={(unit) => ({ 'data-testid': 'unit-row', 'data-unit': unit.name }) as object}
      columns={[
        {
          key: 'name',
          title: t('units.name'),
          sorter: (a, b) => collator.compare(a.name, b.name),
          render: (_, unit) => (
            <Flex vertical>
              <Flex gap={6} align="center" wrap>
                <Typography.Text strong type={unit.retiredAt ? 'secondary' : undefined}>
                  {unit.name}
                </Typography.Text>
                {unit.retiredAt && <RetiredTag retiredAt={unit.retiredAt} />}
              </Flex>
              {unit.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{unit.note}</Typography.Text>}
            </Flex>
          ),
        },
        { key: 'kind', title: t('units.kind'), width: 120, render: (_, unit) => <KindTag kind={unit.kind} /> },
        {
          key: 'parent',
          title: t('units.parent'),
          width: 180,
          render: (_, unit) => (unit.parentId ? names.get(unit.parentId) : null) ?? <Blank />,
        },
        {
          key: 'aliases',
          title: t('units.aliases'),
          width: 220,
          render: (_, unit) => (
            <Flex wrap gap={4}>
              {unit.aliases.map((alias) => <Tag key={alias} variant="filled">{alias}</Tag>)}
            </Flex>
          ),
        },
        {
          key: 'monitored',
          title: t('units.monitored'),
          width: 100,
          render: (_, unit) => (unit.monitored && !unit.retiredAt ? <MonitoredTag /> : null),
        },
        ...(onOpen
          ? [{ key: 'actions', title: t('units.actions'), width: 190, fixed: 'right' as const, render: (_: unknown, unit: Unit) => <UnitActions unit={unit} onOpen={onOpen} /> }]
          : []),
      ]}
    />
  );
}
