import { AutoComplete, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../plan/queries';
import type { IntakeChannel } from './intakeBody';
import { TabThrough } from './TabThrough';

const notFuture = (current: dayjs.Dayjs) => current.isAfter(dayjs().endOf('day'));
const FULL = { width: '100%' };

interface LineSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  autoFocus: boolean;
  options: { value: string; label: string }[];
}

/** The plan's hotline lines: arrow keys and Enter, and Tab moves on even with the list open. */
function LineSelect({ id, value, onChange, autoFocus, options }: LineSelectProps) {
  return (
    <TabThrough>
      <Select id={id} value={value} onChange={(next: string) => onChange?.(next)} autoFocus={autoFocus} options={options} />
    </TabThrough>
  );
}

/** The fields each channel records; with `autoFocus`, the first one takes the focus (when the form opens). */
export function ChannelFields({ channel, autoFocus }: { channel: IntakeChannel; autoFocus: boolean }) {
  const { t } = useTranslation();
  const measures = usePlan().data?.measures;
  const lines = measures?.hotlineLines ?? [];
  // The plan's named box places are offered; a box it does not name may still be typed.
  const places = measures?.complaintBoxes?.places ?? [];
  const boxOptions = places.map((place) => ({
    value: place.name,
    label: place.address ? t('withNote', { text: place.name, note: place.address }) : place.name,
  }));
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  // A required date has no clear button, which would otherwise take a Tab stop of its own.
  const day = (name: string, label: string, rules: object[] = []) => (
    <Form.Item name={['detail', name]} label={label} rules={rules}>
      <DatePicker disabledDate={notFuture} allowClear={rules.length === 0} style={FULL} />
    </Form.Item>
  );
  switch (channel) {
    case 'hotline':
      return (
        <>
          <Form.Item name={['detail', 'line']} label={t('caseIntake.line')} rules={[{ required: true, message: t('caseIntake.lineRequired') }]}>
            <LineSelect autoFocus={autoFocus} options={lines.map((line) => ({ value: line.code, label: line.name }))} />
          </Form.Item>
          <Form.Item name={['detail', 'callTime']} label={t('caseIntake.callTime')} rules={[{ required: true, message: t('caseIntake.callTimeRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={notFuture} allowClear={false} style={FULL} />
          </Form.Item>
        </>
      );
    case 'complaint_box':
      return (
        <>
          <Form.Item name={['detail', 'box']} label={t('caseIntake.box')} rules={required(t('caseIntake.boxRequired'))}>
            {boxOptions.length > 0 ? (
              <AutoComplete
                autoFocus={autoFocus}
                options={boxOptions}
                maxLength={200}
                placeholder={t('caseIntake.boxChoose')}
                showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
                data-testid="intake-box"
              />
            ) : (
              <Input autoFocus={autoFocus} maxLength={200} placeholder={t('caseIntake.boxPlaceholder')} />
            )}
          </Form.Item>
          {day('openedOn', t('caseIntake.openedOn'))}
        </>
      );
    case 'media':
      return (
        <>
          <Form.Item name={['detail', 'outlet']} label={t('caseIntake.outlet')} rules={required(t('caseIntake.outletRequired'))}>
            <Input autoFocus={autoFocus} />
          </Form.Item>
          {day('publishedOn', t('caseIntake.publishedOn'), [{ required: true, message: t('caseIntake.publishedOnRequired') }])}
          <Form.Item name={['detail', 'link']} label={t('caseIntake.link')} rules={[{ type: 'url', message: t('caseIntake.linkInvalid') }]}>
            <Input inputMode="url" placeholder="https://" />
          </Form.Item>
          <Form.Item name={['detail', 'contact']} label={t('caseIntake.contact')} extra={t('caseIntake.sealedHint')}>
            <Input />
          </Form.Item>
        </>
      );
    case 'letter':
      return (
        <>
          <Form.Item name={['detail', 'sender']} label={t('caseIntake.sender')} extra={t('caseIntake.sealedHint')}>
            <Input autoFocus={autoFocus} />
          </Form.Item>
          <Form.Item name={['detail', 'senderAddress']} label={t('caseIntake.senderAddress')} extra={t('caseIntake.sealedHint')}>
            <Input />
          </Form.Item>
          {day('postmarkedOn', t('caseIntake.postmarkedOn'))}
        </>
      );
    case 'walk_in':
      return (
        <Form.Item name={['detail', 'place']} label={t('caseIntake.place')}>
          <Input autoFocus={autoFocus} />
        </Form.Item>
      );
  }
}
