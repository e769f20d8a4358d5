import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../common/format';
import { Blank } from '../../../shell/Blank';
import { DeadlineTag } from '../DeadlineTag';
import { channelLabel, satisfactionLabel, substantiatedLabel } from '../labels';
import type { CaseDetail } from '../types';
import { useCategoryName } from '../useCategoryName';
import { ChannelDetail } from './ChannelDetail';
import { reporterKind } from '../../../../modules/cases/contract';

const REPORTER_WORD = { none: 'noReporter', anonymous: 'anonymous', named: 'named' } as const;

/** What the case is about: where it came from, whom it concerns, and what the reporter said. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const or = (value: string | null) => value ?? <Blank />;
  const persons = detail.personsConcerned
    .map((person) => (person.position ? t('withNote', { text: person.name, note: person.position }) : person.name))
    .join(t('listSeparator'));
  return (
    <Card title={t('caseDetail.facts')} size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'channel', label: t('caseDetail.channel'), children: channelLabel(t, detail.channel) },
          { key: 'received', label: t('caseDetail.receivedAt'), children: formatDateTime(detail.receivedAt) },
          { key: 'detail', label: t('caseDetail.channelDetail'), span: 'filled', children: <ChannelDetail detail={detail.channelDetail} /> },
          {
            key: 'category',
            label: t('caseDetail.category'),
            children: (
              <span>
                <Tag color="red">{categoryName(detail.category)}</Tag>
                {detail.secondaryCategories.map((code) => (
                  <Tag key={code}>{categoryName(code)}</Tag>
                ))}
              </span>
            ),
          },
          { key: 'reporter', label: t('caseDetail.reporter'), children: t(`caseDetail.${REPORTER_WORD[reporterKind(detail)]}`) },
          { key: 'unit', label: t('caseDetail.unit'), children: or(detail.unitName) },
          { key: 'assigned', label: t('caseDetail.assignedUnit'), children: or(detail.assignedUnitName) },
          { key: 'persons', label: t('caseDetail.persons'), children: persons || <Blank /> },
          {
            key: 'due',
            label: t('caseDetail.dueDate'),
            children: <DeadlineTag dueDate={detail.dueDate} deadline={detail.deadline} escalationLevel={detail.escalationLevel} />,
          },
          { key: 'substantiated', label: t('caseDetail.substantiated'), children: detail.substantiated ? substantiatedLabel(t, detail.substantiated) : <Blank /> },
          { key: 'satisfaction', label: t('caseDetail.satisfaction'), children: detail.satisfaction ? satisfactionLabel(t, detail.satisfaction) : <Blank /> },
          ...(detail.mergedIntoId
            ? [{ key: 'merged', label: t('caseDetail.mergedInto'), children: <Link to={`/cases/${detail.mergedIntoId}`}>{t('caseDetail.openMerged')}</Link> }]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('caseDetail.body')}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, background: '#fafafa', padding: '12px 16px', borderRadius: 4 }} data-testid="case-body">
        {detail.body}
      </Typography.Paragraph>
    </Card>
  );
}
