import { App, Button, Card, Grid, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { channelLabel } from '../cases/labels';
import { useCategoryName } from '../cases/useCategoryName';
import { useDeadlineRules, useSetDeadlineRule } from './queries';
import { RuleForm } from './RuleForm';
import type { DeadlineRule } from './types';

/** How many working days a unit has to handle a case, per channel and category. */
export function DeadlineRulesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // On a phone the columns keep their widths and the table scrolls sideways inside the card.
  const phone = Grid.useBreakpoint().sm === false;
  const rules = useDeadlineRules();
  const setRule = useSetDeadlineRule();
  const categoryName = useCategoryName();
  const any = <Typography.Text type="secondary">{t('settings.rules.any')}</Typography.Text>;
  const remove = (rule: DeadlineRule) =>
    setRule.mutate(
      { channel: rule.channel, category: rule.category, workdays: null },
      { onSuccess: () => void message.success(t('settings.rules.removed')), onError: (error) => void message.error(problemText(error, t)) },
    );
  return (
    <Card title={t('settings.rules.title')} size="small">
      <Typography.Paragraph>
        {t('settings.rules.default', { n: rules.data?.default ?? '—' })}
        <br />
        <Typography.Text type="secondary">{t('settings.rules.precedence')}</Typography.Text>
      </Typography.Paragraph>
      <Table<DeadlineRule>
        size="small"
        rowKey={(rule) => `${rule.channel ?? '*'}/${rule.category ?? '*'}`}
        loading={rules.isPending}
        dataSource={rules.data?.rules ?? []}
        scroll={phone ? { x: 'max-content' } : undefined}
        pagination={false}
        locale={{ emptyText: t('settings.rules.empty') }}
        columns={[
          { key: 'channel', title: t('settings.rules.channel'), render: (_, rule) => (rule.channel ? channelLabel(t, rule.channel) : any) },
          { key: 'category', title: t('settings.rules.category'), render: (_, rule) => (rule.category ? categoryName(rule.category) : any) },
          { key: 'workdays', title: t('settings.rules.workdays'), width: 120, render: (_, rule) => <Tag color="blue">{t('settings.rules.days', { count: rule.workdays })}</Tag> },
          {
            key: 'remove',
            width: 80,
            render: (_, rule) => (
              <Popconfirm title={t('settings.rules.confirmRemove')} onConfirm={() => remove(rule)}>
                <Button type="link" size="small" danger>
                  {t('settings.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <RuleForm />
    </Card>
  );
}
