import { Flex, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../shell/Blank';
import type { Unit } from './types';
import { KindTag, MonitoredTag } from './UnitTags';

export function UnitTable({ units, all }: { units: Unit[]; all: Unit[] }) {
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
      columns={[
        {
          key: 'name',
          title: t('units.name'),
          sorter: (a, b) => collator.compare(a.name, b.name),
          render: (_, unit) => (
            <Flex vertical>
              <Typography.Text strong>{unit.name}</Typography.Text>
              {unit.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{unit.note}</Typography.Text>}
            </Flex>
          ),
        },
        { key: 'kind', title: t('units.kind'), width: 150, render: (_, unit) => <KindTag kind={unit.kind} /> },
        {
          key: 'parent',
          title: t('units.parent'),
          width: 220,
          render: (_, unit) => (unit.parentId ? names.get(unit.parentId) : null) ?? <Blank />,
        },
        {
          key: 'aliases',
          title: t('units.aliases'),
          width: 280,
          render: (_, unit) => (
            <Flex wrap gap={4}>
              {unit.aliases.map((alias) => <Tag key={alias} variant="filled">{alias}</Tag>)}
            </Flex>
          ),
        },
        {
          key: 'monitored',
          title: t('units.monitored'),
          width: 110,
          render: (_, unit) => (unit.monitored ? <MonitoredTag /> : null),
        },
      ]}
    />
  );
}
