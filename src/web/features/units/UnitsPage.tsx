import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../common/usePhone';
import { Page } from '../../shell/Page';
import { PageSpin } from '../../shell/PageSpin';
import { QueryError } from '../../shell/QueryError';
import { useMe } from '../auth/queries';
import { isOffice } from '../cases/access';
import { filterUnits } from './filterUnits';
import { monitoredSummary } from './monitoredSummary';
import { MonitoredSummaryLine } from './MonitoredSummaryLine';
import { useUnits } from './queries';
import type { UnitDialog } from './UnitActions';
import { UnitBlocks } from './UnitBlocks';
import { MergeUnitModal, RetireUnitModal } from './UnitDialogs';
import { UnitFilters } from './UnitFilters';
import { UnitFormDrawer } from './UnitFormDrawer';
import { UnitTable } from './UnitTable';
import { UnitTree } from './UnitTree';
import { useUnitFilter } from './useUnitFilter';

type View = 'table' | 'tree';

/** The registry of the campaign's jurisdiction; the office adds, edits, merges, retires and restores units here. */
export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const { data: me } = useMe();
  // The server lets the office change the registry (core/auth/roles OFFICE_ROLES); others only read it.
  const office = me ? isOffice(me.role) : false;
  const phone = usePhone();
  const [filter, setFilter] = useUnitFilter();
  const [view, setView] = useState<View>('table');
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<UnitDialog | null>(null);
  const all = useMemo(() => units.data ?? [], [units.data]);
  const { q, kind, monitoredOnly, state } = filter;
  const shown = useMemo(() => filterUnits(all, { q, kind, monitoredOnly, state }), [all, q, kind, monitoredOnly, state]);
  const summary = useMemo(() => monitoredSummary(all), [all]);
  // The dialog shows the unit as the registry has it now (e.g. after a save).
  const open = dialog ? { ...dialog, unit: all.find((unit) => unit.id === dialog.unit.id) ?? dialog.unit } : null;
  const onOpen = office ? setDialog : undefined;
  if (units.isPending) return <PageSpin />;
  if (units.isError) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;
  const extra = office && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="unit-add">
      {t('units.add')}
    </Button>
  );
  return (
    <Page title={t('units.title')} subtitle={<MonitoredSummaryLine summary={summary} />} extra={extra}>
      <Card styles={phone ? { body: { padding: 12 } } : undefined}>
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
          {view === 'tree' ? (
            <UnitTree units={shown} all={all} />
          ) : phone ? (
            <UnitBlocks units={shown} all={all} {...(onOpen ? { onOpen } : {})} />
          ) : (
            <UnitTable units={shown} all={all} {...(onOpen ? { onOpen } : {})} />
          )}
        </Flex>
      </Card>
      {adding && <UnitFormDrawer unit={null} all={all} onClose={() => setAdding(false)} />}
      {open?.kind === 'edit' && <UnitFormDrawer unit={open.unit} all={all} readOnly={open.unit.retiredAt !== null} onClose={() => setDialog(null)} />}
      {open?.kind === 'merge' && <MergeUnitModal unit={open.unit} all={all} onClose={() => setDialog(null)} />}
      {open?.kind === 'retire' && <RetireUnitModal unit={open.unit} onClose={() => setDialog(null)} />}
    </Page>
  );
}
