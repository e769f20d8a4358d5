import { Alert, Card, DatePicker, Flex, InputNumber, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../common/format';
import { useWorkdayCount } from './queries';

/** "Due date = N working days from a date": the same arithmetic the server applies at assignment. */
export function WorkdayCheck({ defaultDays }: { defaultDays: number }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(todayIso);
  const [n, setN] = useState<number | null>(null);
  const days = useDeferredValue(n ?? defaultDays);
  const count = useWorkdayCount(from, days);
  const off = count.data?.days.filter((day) => !day.workday) ?? [];
  return (
    <Card title={t('settings.check.title')} size="small">
      {/* Two halves that wrap as wholes, so a narrow screen never strands a word on a line of its own. */}
      <Flex gap={8} align="center" wrap>
        <Flex gap={8} align="center">
          <DatePicker value={dayjs(from)} onChange={(day) => setFrom(day ? day.format('YYYY-MM-DD') : todayIso())} allowClear={false} aria-label={t('settings.check.from')} />
          <Typography.Text>{t('settings.check.plus')}</Typography.Text>
        </Flex>
        <Flex gap={8} align="center">
          <InputNumber min={1} max={250} precision={0} value={n ?? defaultDays} onChange={setN} aria-label={t('settings.check.n')} style={{ width: 90 }} />
          <Typography.Text>{t('settings.check.workdays')}</Typography.Text>
        </Flex>
      </Flex>
      <div style={{ marginTop: 16, minHeight: 72 }} data-testid="workday-result">
        {count.isPending ? (
          <Spin size="small" />
        ) : count.data ? (
          <Flex vertical gap={8}>
            <Typography.Text>
              {t('settings.check.due')}
              <Typography.Text strong style={{ fontSize: 18, marginInlineStart: 8 }}>
                {count.data.due}（{dayjs(count.data.due).format('dddd')}）
              </Typography.Text>
            </Typography.Text>
            {off.length > 0 && (
              <Flex gap={4} wrap align="center">
                <Typography.Text type="secondary">{t('settings.check.daysOff', { count: off.length })}</Typography.Text>
                {off.map((day) => (
                  <Tag key={day.day} style={{ marginInlineEnd: 0 }}>
                    {dayjs(day.day).format('MM-DD')}
                  </Tag>
                ))}
              </Flex>
            )}
            {!count.data.published && <Alert type="warning" showIcon title={t('settings.check.unpublished')} />}
          </Flex>
        ) : null}
      </div>
    </Card>
  );
}
