import { Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CODE_PATTERN, CodeInput } from './CodeInput';

interface TotpCodeFormProps {
  busy: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}

/** Second sign-in step, asked for only when the server answers totpRequired. */
export function TotpCodeForm({ busy, onSubmit, onCancel }: TotpCodeFormProps) {
  const { t } = useTranslation();
  return (
    <Form<{ totp: string }> layout="vertical" requiredMark={false} onFinish={({ totp }) => onSubmit(totp)} size="large">
      <Form.Item
        name="totp"
        label={t('auth.login.totp')}
        extra={t('auth.login.totpHint')}
        rules={[{ required: true, pattern: CODE_PATTERN, message: t('auth.login.totpInvalid') }]}
      >
        <CodeInput autoFocus />
      </Form.Item>
      <Flex vertical gap={8}>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('auth.login.verify')}
        </Button>
        <Button type="link" block onClick={onCancel}>
          {t('auth.login.useOtherAccount')}
        </Button>
      </Flex>
    </Form>
  );
}
