import { App, Button, Card, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../shell/QueryError';
import { useReleaseComment } from '../mutations';
import { evaluationProblemText } from '../problems';
import { useComments } from '../queries';
import { TableEmpty } from '../TableEmpty';
import type { EvaluationComment, Overview } from '../types';
import { CommentToCaseModal } from './CommentToCaseModal';

interface CommentsCardProps {
  period: string;
  panels: { code: string; name: string }[];
  criteria: Overview['criteria'];
}

/** What evaluators wrote about the units, without who wrote it; a comment worth pursuing becomes a case. */
export function CommentsCard({ period, panels, criteria }: CommentsCardProps) {
  const { t } = useTranslation();
  const comments = useComments(period);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [converting, setConverting] = useState<EvaluationComment | null>(null);
  const release = useReleaseComment();
  const { message } = App.useApp();
  const setReleased = (item: EvaluationComment, released: boolean) =>
    release.mutate({ answerId: item.answerId, release: released }, { onError: (error) => void message.error(evaluationProblemText(error, t)) });
  const all = comments.data?.items ?? [];
  const units = [...new Map(all.map((item) => [item.unitId, item.unitName])).entries()];
  const shown = unitId === null ? all : all.filter((item) => item.unitId === unitId);
  const panelName = (code: string) => panels.find((panel) => panel.code === code)?.name ?? code;
  const filter = (
    <Select<number>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={t('evaluations.comments.unitFilter')}
      placeholder={t('evaluations.comments.unitFilter')}
      value={unitId ?? undefined}
      onChange={(value) => setUnitId(value ?? null)}
      options={units.map(([value, label]) => ({ value, label }))}
      style={{ width: 220 }}
      popupMatchSelectWidth={false}
    />
  );
  return (
    <Card title={t('evaluations.comments.title', { count: all.length })} extra={all.length > 0 ? filter : undefined} styles={{ body: { padding: 0 } }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '10px 16px', borderBottom: '1px solid #f0f0f0' }}>
        {t('evaluations.comments.hint')}
      </Typography.Paragraph>
      {comments.isError ? (
        <QueryError error={comments.error} onRetry={() => void comments.refetch()} />
      ) : (
        <Table<EvaluationComment>
          rowKey="answerId"
          size="small"
          loading={comments.isPending}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 970 }}
          locale={{ emptyText: <TableEmpty text={t('evaluations.comments.empty')} /> }}
          data-testid="comments"
          columns={[
            { key: 'unit', title: t('evaluations.results.unit'), dataIndex: 'unitName', width: 170, ellipsis: true },
            { key: 'panel', title: t('evaluations.comments.panel'), width: 150, render: (_, item) => panelName(item.panel) },
            { key: 'comment', title: t('evaluations.comments.comment'), render: (_, item) => <span style={{ whiteSpace: 'pre-wrap' }}>{item.comment}</span> },
            {
              key: 'unitSees',
              title: t('evaluations.comments.unitSees'),
              width: 150,
              // A comment filed as a case is never released: the unit must not be tipped off.
              render: (_, item) =>
                item.caseId !== null ? (
                  <Typography.Text type="secondary">{t('evaluations.comments.notForUnit')}</Typography.Text>
                ) : item.released ? (
                  <span>
                    <Tag color="green">{t('evaluations.comments.released')}</Tag>
                    <Button size="small" type="link" onClick={() => setReleased(item, false)} data-testid="withhold-comment">
                      {t('evaluations.comments.withhold')}
                    </Button>
                  </span>
                ) : (
                  <Button size="small" onClick={() => setReleased(item, true)} data-testid="release-comment">
                    {t('evaluations.comments.release')}
                  </Button>
                ),
            },
            {
              key: 'case',
              title: t('evaluations.comments.case'),
              width: 150,
              render: (_, item) =>
                item.caseId !== null ? (
                  <Link to={`/cases/${item.caseId}`} style={{ fontFamily: 'monospace' }}>
                    {item.caseCode ?? `#${item.caseId}`}
                  </Link>
                ) : (
                  <Button size="small" onClick={() => setConverting(item)} data-testid="to-case">
                    {t('evaluations.comments.toCase')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      {converting && <CommentToCaseModal comment={converting} criteria={criteria} onClose={() => setConverting(null)} />}
    </Card>
  );
}
