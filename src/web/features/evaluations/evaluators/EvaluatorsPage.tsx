import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { BackLink } from '../BackLink';
import { useEvaluators, useOverview } from '../queries';
import type { Evaluator } from '../types';
import { EvaluatorDrawer } from './EvaluatorDrawer';
import { EvaluatorTable } from './EvaluatorTable';
import { ImportModal } from './ImportModal';

type Editing = { evaluator: Evaluator | null } | null;

/** The roster of evaluators per panel: kept by hand or imported from a workbook. */
export function EvaluatorsPage() {
  const { t } = useTranslation();
  const overview = useOverview();
  const [panel, setPanel] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const evaluators = useEvaluators(panel, q);
  const title = t('evaluations.evaluators.title');
  if (overview.isPending) return <PageSpin />;
  if (overview.isError) {
    return (
      <Page title={title}>
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      </Page>
    );
  }
  const panels = overview.data.panels;
  const items = evaluators.data?.items ?? [];
  const size = panel ? panels.find((candidate) => candidate.code === panel)?.size : undefined;
  const filtered = panel !== null || q !== '';
  const extra = (
    <Flex gap={8}>
      <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-evaluators">
        {t('evaluations.import.button')}
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ evaluator: null })} data-testid="new-evaluator">
        {t('evaluations.evaluators.create')}
      </Button>
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      <BackLink to="/evaluations" label={t('evaluations.backToRounds')} />
      <Page title={title} subtitle={t('evaluations.evaluators.subtitle')} extra={extra}>
        <Card styles={{ body: { padding: 0 } }}>
          <Flex justify="space-between" align="center" gap={12} wrap style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
            <Flex gap={8} wrap>
              <Select<string>
                allowClear
                aria-label={t('evaluations.evaluators.panel')}
                placeholder={t('evaluations.evaluators.allPanels')}
                value={panel ?? undefined}
                onChange={(next) => setPanel(next ?? null)}
                options={panels.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
                style={{ width: 200 }}
              />
              <Input.Search
                allowClear
                placeholder={t('evaluations.evaluators.searchPlaceholder')}
                aria-label={t('evaluations.evaluators.searchPlaceholder')}
                onSearch={(value) => setQ(value.trim())}
                style={{ width: 260 }}
              />
            </Flex>
            <Typography.Text type="secondary" data-testid="evaluator-count">
              {size !== undefined ? t('evaluations.evaluators.countOfSize', { count: items.length, size }) : t('evaluations.evaluators.count', { count: items.length })}
            </Typography.Text>
          </Flex>
          {evaluators.isError ? (
            <QueryError error={evaluators.error} onRetry={() => void evaluators.refetch()} />
          ) : (
            <EvaluatorTable
              evaluators={items}
              panels={panels}
              loading={evaluators.isPending || (evaluators.isPlaceholderData && evaluators.isFetching)}
              emptyText={filtered ? t('evaluations.evaluators.emptyFiltered') : t('evaluations.evaluators.empty')}
              onEdit={(evaluator) => setEditing({ evaluator })}
            />
          )}
        </Card>
      </Page>
      {editing && <EvaluatorDrawer panels={panels} evaluator={editing.evaluator} defaultPanel={panel} onClose={() => setEditing(null)} />}
      {importing && <ImportModal onClose={() => setImporting(false)} />}
    </Flex>
  );
}
