import { Card, Flex, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../shell/Page';
import { PageSpin } from '../../shell/PageSpin';
import { QueryError } from '../../shell/QueryError';
import { filterUnits } from './filterUnits';
import { monitoredSummary } from './monitoredSummary';
import { MonitoredSummaryLine } from './MonitoredSummaryLine';
import { useUnits } from './queries';
import { UnitFilters } from './UnitFilters';
import { UnitTable } from './UnitTable';
import { UnitTree } from './UnitTree';
import { useUnitFilter } from './useUnitFilter';

type View = 'table' | 'tree';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const [filter, setFilter] = useUnitFilter();
  const [view, setView] = useState<View>('table');
  const all = useMemo(() => units.data ?? [], [units.data]);
  const { q, kind, monitoredOnly } = filter;
  const shown = useMemo(() => filterUnits(all, { q, kind, monitoredOnly }), [all, q, kind, monitoredOnly]);
  const summary = useMemo(() => monitoredSummary(all), [all]);
  if (units.isPending) return <PageSpin />;
  if (units.isError) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;
  return (
    <Page title={t('units.title')} subtitle={<MonitoredSummaryLine summary={summary} />}>
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" gap={12} wrap>
            <UnitFilters filter={filter} onChange={setFilter} />
            <Segmented<View>
              value={view}
              onChange={setView}
              options={[
                { value: 'table', label: t('units.viewTable') },
                { value: 'tree', label: t('units.viewTree') },
              ]}
            />
          </Flex>
          {view === 'table' ? <UnitTable units={shown} all={all} /> : <UnitTree units={shown} all={all} />}
        </Flex>
      </Card>
    </Page>
  );
}
