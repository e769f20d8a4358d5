import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../plan/queries';

/**
 * Members from outside the government, one row each: a name and whom they come from. The
 * plan's team composition is offered for the affiliation; anything else may be typed.
 */
export function ExternalMembersField() {
  const { t, i18n } = useTranslation();
  const composition = usePlan().data?.measures?.inspections?.teamComposition ?? [];
  const options = composition.map((value) => ({ value }));
  // The examples are the plan's team composition; without one the hint names none.
  const hint =
    composition.length > 0
      ? t('inspections.form.externalHintComposition', { composition: composition.join(i18n.language.startsWith('zh') ? '、' : ', ') })
      : t('inspections.form.externalHint');
  return (
    <Form.Item label={t('inspections.form.externalMembers')} extra={hint}>
      <Form.List name="externalMembers">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="flex-start">
                <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: t('inspections.form.nameRequired') }]} style={{ flex: 2, marginBottom: 0 }}>
                  <Input maxLength={50} placeholder={t('inspections.form.externalName')} aria-label={t('inspections.form.externalName')} />
                </Form.Item>
                <Form.Item name={[row.name, 'affiliation']} rules={[{ required: true, whitespace: true, message: t('inspections.form.affiliationRequired') }]} style={{ flex: 3, marginBottom: 0 }}>
                  <AutoComplete
                    options={options}
                    maxLength={100}
                    placeholder={t('inspections.form.affiliation')}
                    aria-label={t('inspections.form.affiliation')}
                    showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
                  />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('inspections.form.removeExternal')} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', affiliation: '' })} style={{ alignSelf: 'flex-start' }}>
              {t('inspections.form.addExternal')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
