import { Flex, Pagination, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockList } from '../../shell/BlockList';
import type { Unit } from './types';
import { UnitActions, type UnitDialog } from './UnitActions';
import { KindTag, MonitoredTag, RetiredTag } from './UnitTags';

const PAGE = 20;

/** The registry on a phone: a block per unit, read top to bottom, with the office's changes under each. */
export function UnitBlocks({ units, all, onOpen }: { units: Unit[]; all: Unit[]; onOpen?: (dialog: UnitDialog) => void }) {
  const { t } = useTranslation();
  const names = useMemo(() => new Map(all.map((unit) => [unit.id, unit.name])), [all]);
  const [page, setPage] = useState(1);
  const last = Math.max(1, Math.ceil(units.length / PAGE));
  const current = Math.min(page, last);
  const shown = units.slice((current - 1) * PAGE, current * PAGE);
  return (
    <Flex vertical gap={12}>
      <BlockList
        items={shown}
        itemKey={(unit) => unit.id}
        empty={t('units.emptyTree')}
        testId="unit-blocks"
        itemTestId="unit-row"
        render={(unit) => (
          <Flex vertical gap={4} data-unit={unit.name}>
            <Flex gap={6} align="center" wrap>
              <Typography.Text strong type={unit.retiredAt ? 'secondary' : undefined}>
                {unit.name}
              </Typography.Text>
              {unit.retiredAt && <RetiredTag retiredAt={unit.retiredAt} />}
            </Flex>
            <Flex gap={4} wrap>
              <KindTag kind={unit.kind} />
              {unit.monitored && !unit.retiredAt && <MonitoredTag />}
            </Flex>
            {unit.parentId !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('units.versions.parent', { parent: names.get(unit.parentId) ?? `#${unit.parentId}` })}
              </Typography.Text>
            )}
            {unit.aliases.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('units.aliasesLine', { aliases: unit.aliases.join(t('units.summarySeparator')) })}
              </Typography.Text>
            )}
            {unit.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {unit.note}
              </Typography.Text>
            )}
            {onOpen && (
              <div style={{ marginInlineStart: -8 }}>
                <UnitActions unit={unit} onOpen={onOpen} />
              </div>
            )}
          </Flex>
        )}
      />
      {units.length > PAGE && (
        <Flex justify="center">
          <Pagination simple current={current} pageSize={PAGE} total={units.length} onChange={setPage} />
        </Flex>
      )}
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
        {t('units.total', { total: units.length })}
      </Typography.Text>
    </Flex>
  );
}
