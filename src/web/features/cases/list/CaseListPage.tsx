import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePhone } from '../../../common/usePhone';
import { Page } from '../../../shell/Page';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../access';
import { useCaseCounts, useCaseList } from '../queries';
import { STATUSES, type BulkAction, type BulkResult, type Status } from '../types';
import { BulkBar } from './BulkBar';
import { BulkDialog } from './BulkDialog';
import { bulkOutcome, type BulkOutcome } from './bulkOutcome';
import { BulkOutcomePanel } from './BulkOutcomePanel';
import { filtersToCountsQuery, filtersToQuery, hasFilters, SORTS, type SortKey } from './caseFilters';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseQuickFilters } from './CaseQuickFilters';
import { CaseTable, type ListSelection } from './CaseTable';
import { ExportButton } from './ExportButton';
import { KeyHelp } from './KeyHelp';
import type { ListCommand } from './listKeys';
import { moveFocus, shownSelection, toggleOne, togglePage, toggleRange } from './selection';
import { useCaseFilters } from './useCaseFilters';
import { useListKeys } from './useListKeys';

const UNIT_STATUSES: readonly Status[] = ['assigned', 'responded', 'closed'];

// A focused box or button keeps Enter and Space; moving through the list with the keys lets go of it.
function releaseListFocus(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('.case-rows, [data-testid="case-cards"]')) active.blur();
}

/**
 * The office's case list, and for a unit liaison the inbox of its unit's cases. The office
 * selects cases (boxes, shift-click for a range, or the keys) and accepts, assigns or reminds
 * them in one step; on a desk the whole list works from the keyboard.
 */
export function CaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = usePhone();
  const { data: me } = useMe();
  const liaison = me?.role === 'unit_liaison';
  const canSelect = me ? isOffice(me.role) : false;
  // A unit works down its deadlines; the office takes in the newest first.
  const defaultSort: SortKey = liaison ? 'due_asc' : 'received_desc';
  const [filters, update, reset] = useCaseFilters(defaultSort);
  const query = useMemo(() => filtersToQuery(filters), [filters]);
  const list = useCaseList(query);
  // The chips count what the search and the filters find, whatever the status.
  const counts = useCaseCounts(useMemo(() => filtersToCountsQuery(filters), [filters]));
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const order = useMemo(() => items.map((item) => item.id), [items]);

  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  // The case last ticked, where a shift-click's range starts; the case the keys are on.
  const [anchor, setAnchor] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const [dialog, setDialog] = useState<BulkAction | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [help, setHelp] = useState(false);
  const searchRef = useRef<InputRef>(null);
  // Other filters, another list: what was ticked in the last one, and the last outcome, are let go.
  const [selectedIn, setSelectedIn] = useState(query);
  if (selectedIn !== query) {
    setSelectedIn(query);
    setSelected(new Set());
    setAnchor(null);
    setOutcome(null);
  }
  const chosenIds = shownSelection(order, selected);
  const chosen = items.filter((item) => selected.has(item.id));
  const focused = focus !== null && order.includes(focus) ? focus : null;

  useEffect(() => {
    if (focused !== null) document.querySelector(`.case-rows [data-row-key="${focused}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  const toggle = (id: number, range: boolean) => {
    setSelected((current) => (range ? toggleRange(order, current, anchor, id) : toggleOne(current, id)));
    setAnchor(id);
    setFocus(id);
  };
  const clear = () => {
    setSelected(new Set());
    setAnchor(null);
  };
  const selection: ListSelection | undefined = canSelect ? { selected, onToggle: toggle, onTogglePage: () => setSelected((current) => togglePage(order, current)) } : undefined;

  /** A bulk step's dialog; from the keys with nothing ticked, for the case the keys are on. */
  const start = (action: BulkAction) => {
    if (chosenIds.length === 0) {
      if (focused === null) return;
      setSelected(new Set([focused]));
      setAnchor(focused);
    }
    setOutcome(null);
    setDialog(action);
  };
  const finish = (action: BulkAction, results: BulkResult[]) => {
    const next = bulkOutcome(action, results, items, t);
    setOutcome(next);
    // The refused cases stay ticked, for the user to see and deal with.
    setSelected(new Set(next.refused.map((item) => item.id)));
    setAnchor(null);
    setDialog(null);
  };

  const run = (command: ListCommand) => {
    switch (command) {
      case 'down':
      case 'up':
        releaseListFocus();
        setFocus(moveFocus(order, focused, command === 'down' ? 1 : -1));
        return;
      case 'open':
        if (focused !== null) void navigate(`/cases/${focused}`);
        return;
      case 'toggle':
      case 'extend':
        releaseListFocus();
        if (focused !== null) toggle(focused, command === 'extend');
        return;
      case 'accept':
      case 'assign':
      case 'remind':
        start(command);
        return;
      case 'search':
        searchRef.current?.focus();
        return;
      case 'clear':
        if (help) setHelp(false);
        else clear();
        return;
      case 'help':
        setHelp((open) => !open);
        return;
    }
  };
  useListKeys(!phone, canSelect, run);
  const extra = (
    <Flex gap={8}>
      <ExportButton filters={filters} />
      {me && isOffice(me.role) && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
          {t('cases.newCase')}
        </Button>
      )}
    </Flex>
  );
  return (
    <Page
      title={liaison ? t('cases.inboxTitle') : t('cases.title')}
      subtitle={liaison && me?.unit ? t('cases.inboxSubtitle', { unit: me.unit.name }) : undefined}
      extra={extra}
    >
      <Card styles={{ body: { padding: '12px 16px' } }}>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <CaseQuickFilters statuses={liaison ? UNIT_STATUSES : STATUSES} counts={counts.data} filters={filters} onChange={update} />
            <Flex gap={8} wrap>
              {!phone && <KeyHelp canSelect={canSelect} open={help} onOpenChange={setHelp} />}
              <Button onClick={reset} disabled={!hasFilters(filters)}>
                {t('cases.filters.reset')}
              </Button>
              <Select<SortKey>
                aria-label={t('cases.filters.sort')}
                value={filters.sort}
                onChange={(sort) => update({ sort })}
                options={SORTS.map((value) => ({ value, label: t(`cases.sort.${value}`) }))}
                style={{ width: 170 }}
              />
            </Flex>
          </Flex>
          <CaseFilterBar filters={filters} onChange={update} searchRef={searchRef} />
        </Flex>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <CaseTable
            cases={items}
            loading={list.isPending || (list.isPlaceholderData && list.isFetching)}
            showAssignedUnit={!liaison}
            selection={selection}
            focus={phone ? null : focused}
          />
        )}
        <Flex justify="space-between" align="center" style={{ padding: '10px 16px', borderTop: '1px solid #f0f0f0' }}>
          <Typography.Text type="secondary" data-testid="case-shown">
            {t('cases.list.shown', { count: items.length })}
          </Typography.Text>
          {list.hasNextPage ? (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('cases.list.loadMore')}
            </Button>
          ) : (
            items.length > 0 && <Typography.Text type="secondary">{t('cases.list.allLoaded')}</Typography.Text>
          )}
        </Flex>
      </Card>
      {(outcome || chosenIds.length > 0) && (
        <Flex vertical gap={8} style={{ position: 'sticky', bottom: phone ? 8 : 16, zIndex: 20 }}>
          {outcome && <BulkOutcomePanel outcome={outcome} onClose={() => setOutcome(null)} />}
          {canSelect && chosenIds.length > 0 && <BulkBar count={chosenIds.length} showKeys={!phone} onAction={start} onClear={clear} />}
        </Flex>
      )}
      {dialog && chosen.length > 0 && (
        <BulkDialog action={dialog} cases={chosen} onDone={(results) => finish(dialog, results)} onClose={() => setDialog(null)} />
      )}
    </Page>
  );
}
