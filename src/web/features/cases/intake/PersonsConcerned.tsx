import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

const MAX_PERSONS = 20;

/** The officials a complaint names, each with a position if known; optional. */
export function PersonsConcerned() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('caseIntake.personsConcerned')} extra={t('caseIntake.personsHint')}>
      <Form.List name="personsConcerned">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item name={[field.name, 'name']} noStyle>
                  {/* Rows appear only through the button: the new row takes the focus, for the keyboard. */}
                  <Input autoFocus placeholder={t('caseIntake.personName')} maxLength={50} aria-label={`${t('caseIntake.personName')} ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'position']} noStyle>
                  <Input placeholder={t('caseIntake.personPosition')} maxLength={100} aria-label={`${t('caseIntake.personPosition')} ${index + 1}`} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('caseIntake.removePerson')} />
              </Flex>
            ))}
            {fields.length < MAX_PERSONS && (
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', position: '' })} data-testid="add-person">
                {t('caseIntake.addPerson')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
