import { App, Button, Card, Grid, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../common/problems';
import { Blank } from '../../shell/Blank';
import { OverrideForm } from './OverrideForm';
import { useCalendarOverrides, useRemoveOverride } from './queries';
import type { CalendarOverride } from './types';

/** The office's own working days and days off, on top of the official holiday calendar. */
export function CalendarOverridesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // On a phone the columns keep their widths and the table scrolls sideways inside the card.
  const phone = Grid.useBreakpoint().sm === false;
  const overrides = useCalendarOverrides();
  const remove = useRemoveOverride();
  const onRemove = (day: string) =>
    remove.mutate(day, {
      onSuccess: () => void message.success(t('settings.calendar.removed')),
      onError: (error) => void message.error(problemText(error, t)),
    });
  return (
    <Card title={t('settings.calendar.title')} size="small">
      <Typography.Paragraph type="secondary">{t('settings.calendar.hint')}</Typography.Paragraph>
      <OverrideForm />
      <Table<CalendarOverride>
        size="small"
        rowKey="day"
        loading={overrides.isPending}
        dataSource={overrides.data ?? []}
        scroll={phone ? { x: 'max-content' } : undefined}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('settings.calendar.empty') }}
        style={{ marginTop: 12 }}
        columns={[
          { key: 'day', title: t('settings.calendar.day'), width: 180, render: (_, item) => `${item.day}（${dayjs(item.day).format('dddd')}）` },
          {
            key: 'kind',
            title: t('settings.calendar.kind'),
            width: 110,
            render: (_, item) => (item.workday ? <Tag color="blue">{t('settings.calendar.workday')}</Tag> : <Tag color="green">{t('settings.calendar.dayOff')}</Tag>),
          },
          { key: 'note', title: t('settings.calendar.note'), render: (_, item) => item.note ?? <Blank /> },
          {
            key: 'remove',
            width: 80,
            render: (_, item) => (
              <Popconfirm title={t('settings.calendar.confirmRemove', { day: item.day })} onConfirm={() => onRemove(item.day)}>
                <Button type="link" size="small" danger>
                  {t('settings.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
