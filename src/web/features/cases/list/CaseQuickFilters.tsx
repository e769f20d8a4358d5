import { Divider, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusLabel } from '../labels';
import type { CaseCounts, Status } from '../types';
import type { CaseFilters, DeadlineFilter } from './caseFilters';

interface CaseQuickFiltersProps {
  /** The statuses worth a chip: a unit never sees a case before it is assigned. */
  statuses: readonly Status[];
  counts: CaseCounts | undefined;
  filters: CaseFilters;
  onChange: (change: Partial<CaseFilters>) => void;
}

function Count({ n, danger = false }: { n: number | undefined; danger?: boolean }) {
  return <span style={{ marginInlineStart: 6, fontWeight: 600, color: danger && n ? '#cf1322' : undefined }}>{n ?? '–'}</span>;
}

/** Status chips with their counts (several may be ticked) and the two deadline chips. */
export function CaseQuickFilters({ statuses, counts, filters, onChange }: CaseQuickFiltersProps) {
  const { t } = useTranslation();
  const total = counts ? Object.values(counts.byStatus).reduce((sum, n) => sum + (n ?? 0), 0) : undefined;
  const toggle = (status: Status, on: boolean) =>
    onChange({ status: on ? [...filters.status, status] : filters.status.filter((s) => s !== status) });
  const pickDeadline = (deadline: DeadlineFilter, on: boolean) => onChange({ deadline: on ? deadline : null });
  return (
    <Flex align="center" wrap gap={6} data-testid="case-quick-filters">
      <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
        {t('cases.filters.status')}
      </Typography.Text>
      <Tag.CheckableTag checked={filters.status.length === 0} onChange={() => onChange({ status: [] })}>
        {t('cases.filters.all')}
        <Count n={total} />
      </Tag.CheckableTag>
      {statuses.map((status) => (
        <Tag.CheckableTag key={status} checked={filters.status.includes(status)} onChange={(on) => toggle(status, on)}>
          {statusLabel(t, status)}
          <Count n={counts ? (counts.byStatus[status] ?? 0) : undefined} />
        </Tag.CheckableTag>
      ))}
      <Divider orientation="vertical" />
      <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
        {t('cases.filters.deadline')}
      </Typography.Text>
      <Tag.CheckableTag checked={filters.deadline === 'overdue'} onChange={(on) => pickDeadline('overdue', on)}>
        {t('cases.deadline.overdue')}
        <Count n={counts?.overdue} danger />
      </Tag.CheckableTag>
      <Tag.CheckableTag checked={filters.deadline === 'due_soon'} onChange={(on) => pickDeadline('due_soon', on)}>
        {t('cases.deadline.due_soon')}
        <Count n={counts?.dueSoon} />
      </Tag.CheckableTag>
    </Flex>
  );
}
