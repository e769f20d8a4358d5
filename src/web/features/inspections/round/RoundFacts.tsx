import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { kindLabel, roundDays, statusLabel } from '../labels';
import type { RoundDetail } from '../types';

function Tags({ names }: { names: string[] }) {
  if (names.length === 0) return <Blank />;
  return (
    <Flex wrap gap={6}>
      {names.map((name, index) => (
        <Tag key={`${index}-${name}`} style={{ marginInlineEnd: 0 }}>
          {name}
        </Tag>
      ))}
    </Flex>
  );
}

/** The round's plan: kind, days, status, the units it visits and the team. */
export function RoundFacts({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const outside = round.externalMembers.map((member) => t('withNote', { text: member.name, note: member.affiliation }));
  return (
    <Card title={t('inspections.round.facts')} size="small" data-testid="round-facts">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'kind', label: t('inspections.round.kind'), children: kindLabel(t, round.kind) },
          { key: 'status', label: t('inspections.round.status'), children: statusLabel(t, round.status) },
          { key: 'days', label: t('inspections.round.days'), children: roundDays(t, round) },
          { key: 'units', label: t('inspections.round.units', { count: round.units.length }), span: 'filled', children: <Tags names={round.units.map((unit) => unit.name)} /> },
          { key: 'members', label: t('inspections.round.members'), children: <Tags names={round.members.map((member) => member.displayName)} /> },
          { key: 'external', label: t('inspections.round.externalMembers'), span: 'filled', children: <Tags names={outside} /> },
          {
            key: 'notes',
            label: t('inspections.round.notes'),
            span: 'filled',
            children: round.notes ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{round.notes}</Typography.Text> : <Blank />,
          },
        ]}
      />
    </Card>
  );
}
