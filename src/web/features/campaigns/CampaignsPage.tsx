import { Alert, App, Button, Card, Flex, Popconfirm, Space, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../modules/plan/contract';
import { Blank } from '../../shell/Blank';
import { BlockList } from '../../shell/BlockList';
import { Page } from '../../shell/Page';
import { QueryError } from '../../shell/QueryError';
import { formatDate } from '../../common/format';
import { problemText } from '../../common/problems';
import { usePhone } from '../../common/usePhone';
import { useCampaigns, useViewCampaign } from '../plan/queries';
import { CampaignTags } from './CampaignTags';
import { useMakeCurrent, useSetClosed } from './queries';

const IMPORT_COMMAND = 'npm run plan:import -- FILE';
const IMPORT_API = 'POST /api/plans';

/** The office administrator's list of campaigns: which one the public channels serve, which are closed. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const phone = usePhone();
  const list = campaigns.data ?? [];
  return (
    <Page title={t('campaigns.title')} subtitle={t('campaigns.subtitle')}>
      <Card styles={phone ? { body: { padding: 0 } } : undefined}>
        {campaigns.isError ? (
          <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : phone ? (
          <CampaignBlocks campaigns={list} loading={campaigns.isPending} />
        ) : (
          <CampaignRows campaigns={list} loading={campaigns.isPending} />
        )}
      </Card>
      <Alert
        type="info"
        showIcon
        title={t('campaigns.importHint.title')}
        description={<ImportHint />}
        data-testid="campaign-import-hint"
      />
    </Page>
  );
}

/** How a new campaign comes in: words only, the page imports nothing. */
function ImportHint() {
  return (
    <Trans
      i18nKey="campaigns.importHint.body"
      values={{ command: IMPORT_COMMAND, api: IMPORT_API }}
      components={{ code: <Typography.Text code style={{ whiteSpace: 'nowrap' }} /> }}
    />
  );
}

/** First to last day: in words, or as the short YYYY-MM-DD that fits a table column. */
function spanText(t: TFunction, campaign: CampaignSummary, form: 'words' | 'short' = 'words'): string | null {
  if (!campaign.start || !campaign.end) return null;
  const day = form === 'short' ? (iso: string) => iso : formatDate;
  return t('campaigns.span', { start: day(campaign.start), end: day(campaign.end) });
}

interface ListProps {
  campaigns: CampaignSummary[];
  loading: boolean;
}

function CampaignRows({ campaigns, loading }: ListProps) {
  const { t } = useTranslation();
  return (
    <Table<CampaignSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={campaigns}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (total) => t('campaigns.total', { total }) }}
      scroll={{ x: 1020 }}
      locale={{ emptyText: t('campaigns.empty') }}
      data-testid="campaigns"
      columns={[
        {
          key: 'name',
          title: t('campaigns.columns.name'),
          render: (_, campaign) => (
            <>
              <Typography.Text strong>{campaign.name}</Typography.Text>
              {campaign.shortName && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {campaign.shortName}
                </Typography.Text>
              )}
            </>
          ),
        },
        { key: 'city', title: t('campaigns.columns.city'), dataIndex: 'city', width: 100 },
        { key: 'year', title: t('campaigns.columns.year'), width: 72, render: (_, campaign) => t('campaigns.year', { year: campaign.year }) },
        { key: 'span', title: t('campaigns.columns.span'), width: 200, render: (_, campaign) => spanText(t, campaign, 'short') ?? <Blank /> },
        {
          key: 'casePrefix',
          title: t('campaigns.columns.casePrefix'),
          width: 110,
          render: (_, campaign) => <Typography.Text code>{campaign.casePrefix}</Typography.Text>,
        },
        {
          key: 'status',
          title: t('campaigns.columns.status'),
          width: 160,
          render: (_, campaign) => (
            <Flex wrap gap={4}>
              <CampaignTags campaign={campaign} viewing />
            </Flex>
          ),
        },
        { key: 'actions', title: t('campaigns.columns.actions'), width: 210, fixed: 'right', render: (_, campaign) => <CampaignActions campaign={campaign} /> },
      ]}
    />
  );
}

/** On a phone: name, then place, year and state, then days and case prefix, then the actions. */
function CampaignBlocks({ campaigns, loading }: ListProps) {
  const { t } = useTranslation();
  return (
    <BlockList
      items={campaigns}
      itemKey={(campaign) => campaign.id}
      loading={loading}
      empty={t('campaigns.empty')}
      testId="campaigns"
      itemTestId="campaign"
      render={(campaign) => {
        const span = spanText(t, campaign);
        return (
          <Flex vertical gap={6}>
            <Typography.Text strong>{campaign.name}</Typography.Text>
            <Flex wrap gap={4}>
              <CampaignTags campaign={campaign} place viewing />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {span && `${span} · `}
              {t('labelled', { label: t('campaigns.columns.casePrefix') })}
              {campaign.casePrefix}
            </Typography.Text>
            <CampaignActions campaign={campaign} />
          </Flex>
        );
      }}
    />
  );
}

function CampaignActions({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const makeCurrent = useMakeCurrent();
  const setClosed = useSetClosed();
  const view = useViewCampaign();
  const name = campaign.name;
  const failed = (error: unknown) => void message.error(problemText(error, t));
  return (
    <Space size={4} wrap>
      {!campaign.viewing && (
        <Button
          size="small"
          loading={view.isPending}
          onClick={() => view.mutate(campaign.code, { onSuccess: () => void message.success(t('campaigns.switcher.switched', { name })), onError: failed })}
        >
          {t('campaigns.actions.view')}
        </Button>
      )}
      {!campaign.isCurrent && (
        <Popconfirm
          title={t('campaigns.confirm.makeCurrent', { name })}
          description={<div style={{ maxWidth: 320 }}>{t('campaigns.confirm.makeCurrentHint')}</div>}
          onConfirm={() => makeCurrent.mutate(campaign.code, { onSuccess: () => void message.success(t('campaigns.done.madeCurrent', { name })), onError: failed })}
        >
          <Button size="small" type="primary" loading={makeCurrent.isPending}>
            {t('campaigns.actions.makeCurrent')}
          </Button>
        </Popconfirm>
      )}
      {campaign.closed ? (
        <Popconfirm
          title={t('campaigns.confirm.reopen', { name })}
          description={<div style={{ maxWidth: 320 }}>{t('campaigns.confirm.reopenHint')}</div>}
          onConfirm={() =>
            setClosed.mutate({ code: campaign.code, closed: false }, { onSuccess: () => void message.success(t('campaigns.done.reopened', { name })), onError: failed })
          }
        >
          <Button size="small" loading={setClosed.isPending}>
            {t('campaigns.actions.reopen')}
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t('campaigns.confirm.close', { name })}
          okButtonProps={{ danger: true }}
          description={<div style={{ maxWidth: 320 }}>{t('campaigns.confirm.closeHint')}</div>}
          onConfirm={() =>
            setClosed.mutate({ code: campaign.code, closed: true }, { onSuccess: () => void message.success(t('campaigns.done.closed', { name })), onError: failed })
          }
        >
          <Button size="small" danger loading={setClosed.isPending}>
            {t('campaigns.actions.close')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
