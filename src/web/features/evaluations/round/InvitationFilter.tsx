import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvitationFilter as Filter, Round } from '../types';

const FILTERS = ['all', 'unanswered', 'pending', 'draft', 'submitted'] as const;
type Choice = (typeof FILTERS)[number];

function countOf(round: Round, choice: Choice): number {
  switch (choice) {
    case 'all':
      return round.invited;
    case 'unanswered':
      return round.invited - round.submitted;
    case 'pending':
      return round.invited - round.submitted - round.drafts;
    case 'draft':
      return round.drafts;
    case 'submitted':
      return round.submitted;
  }
}

/** The invitation statuses with the round's counts beside them. */
export function InvitationFilter({ round, value, onChange }: { round: Round; value: Filter | null; onChange: (value: Filter | null) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented<Choice>
      value={value ?? 'all'}
      onChange={(choice) => onChange(choice === 'all' ? null : choice)}
      options={FILTERS.map((choice) => ({
        value: choice,
        label: `${t(`evaluations.invitations.filters.${choice}`)} ${Math.max(0, countOf(round, choice))}`,
      }))}
      data-testid="invitation-filter"
    />
  );
}
