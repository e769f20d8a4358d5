import { App, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../modules/plan/contract';
import { CampaignTags } from '../features/campaigns/CampaignTags';
import { useCampaigns, usePlan, useViewCampaign } from '../features/plan/queries';
import { problemText } from '../common/problems';
import { usePhone } from '../common/usePhone';

const NAME_STYLE = { fontSize: 16 };
// A phone leaves the name about 120 px beside the header's buttons: a smaller type shows more of it.
const PHONE_NAME_STYLE = { fontSize: 14 };

/**
 * The campaign the user looks at, in the header. A user who may see several chooses among them
 * here; the choice is kept by the server, and the whole console then shows that campaign.
 */
export function CampaignSwitch() {
  const narrow = usePhone();
  const plan = usePlan();
  const campaigns = useCampaigns();
  const list = campaigns.data ?? [];
  if (list.length > 1) return <CampaignSelect campaigns={list} narrow={narrow} />;
  if (!plan.data) return null;
  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <Typography.Text strong ellipsis data-testid="campaign-name" style={narrow ? PHONE_NAME_STYLE : NAME_STYLE} title={plan.data.campaign.name}>
        {narrow ? (plan.data.campaign.shortName ?? plan.data.campaign.name) : plan.data.campaign.name}
      </Typography.Text>
      {!narrow && <Tag color="red">{plan.data.campaign.city}</Tag>}
    </Flex>
  );
}

function CampaignSelect({ campaigns, narrow }: { campaigns: CampaignSummary[]; narrow: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const view = useViewCampaign();
  const viewed = campaigns.find((c) => c.viewing);
  const choose = (code: string) => {
    const chosen = campaigns.find((c) => c.code === code);
    if (!chosen || chosen.viewing) return;
    view.mutate(code, {
      onSuccess: () => void message.success(t('campaigns.switcher.switched', { name: chosen.name })),
      onError: (error) => void message.error(problemText(error, t)),
    });
  };
  return (
    <Flex align="center" gap={8} style={{ minWidth: 0, flex: '0 1 auto' }}>
      <Select<string>
        aria-label={t('campaigns.switcher.label')}
        data-testid="campaign-switch"
        variant="borderless"
        value={view.isPending ? view.variables : viewed?.code}
        loading={view.isPending}
        disabled={view.isPending}
        onChange={choose}
        popupMatchSelectWidth={false}
        placement="bottomLeft"
        style={{ minWidth: 0, maxWidth: narrow ? '100%' : 440, flex: '0 1 auto' }}
        styles={{
          ...(narrow ? { root: { paddingInline: 4 } } : {}),
          popup: { root: { minWidth: narrow ? 'min(320px, calc(100vw - 24px))' : 360, maxWidth: 'calc(100vw - 24px)' } },
        }}
        labelRender={({ value }) => {
          const campaign = campaigns.find((c) => c.code === value);
          return (
            <Typography.Text strong data-testid="campaign-name" style={narrow ? PHONE_NAME_STYLE : NAME_STYLE} title={campaign?.name}>
              {/* A phone has room for the campaign's short name (its own name for itself), not the full one. */}
              {(narrow ? (campaign?.shortName ?? campaign?.name) : campaign?.name) ?? value}
            </Typography.Text>
          );
        }}
        options={campaigns.map((campaign) => ({
          value: campaign.code,
          title: campaign.name,
          label: (
            <Flex vertical gap={4} style={{ padding: '2px 0', whiteSpace: 'normal' }} data-testid="campaign-option">
              <Typography.Text strong={campaign.viewing}>{campaign.name}</Typography.Text>
              <Flex wrap gap={4}>
                <CampaignTags campaign={campaign} place />
              </Flex>
            </Flex>
          ),
        }))}
      />
      {!narrow && viewed && <Tag color="red">{viewed.city}</Tag>}
    </Flex>
  );
}
