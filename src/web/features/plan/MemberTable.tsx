import { Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Member } from './types';

const POSITIONS = ['leader', 'deputy_leader', 'member', 'director', 'deputy_director'] as const;
type Position = (typeof POSITIONS)[number];

function isPosition(value: string): value is Position {
  return (POSITIONS as readonly string[]).includes(value);
}

function positionLabel(t: TFunction, position: string): string {
  return isPosition(position) ? t(`plan.positions.${position}`) : position;
}

const HEAD_POSITIONS = new Set(['leader', 'director']);

export function MemberTable({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  return (
    <Table<Member>
      size="small"
      pagination={false}
      rowKey={(member) => `${member.position}:${member.person}`}
      dataSource={members}
      columns={[
        {
          key: 'position',
          title: t('plan.organisation.position'),
          width: 110,
          render: (_, member) => (
            <Tag color={HEAD_POSITIONS.has(member.position) ? 'red' : member.position.startsWith('deputy') ? 'orange' : 'default'}>
              {positionLabel(t, member.position)}
            </Tag>
          ),
        },
        { key: 'person', title: t('plan.organisation.person'), dataIndex: 'person', width: 100 },
        { key: 'title', title: t('plan.organisation.titleCol'), dataIndex: 'title' },
      ]}
    />
  );
}
