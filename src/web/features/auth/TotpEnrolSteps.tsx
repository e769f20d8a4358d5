import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormProblem } from '../../common/useFormProblem';
import { authApi, type TotpSetup } from './api';
import { CODE_PATTERN, CodeInput } from './CodeInput';
import { QrImage } from './QrImage';
import { sessionKeys } from './queries';

const FIELDS = ['code'] as const;

function StepLabel({ n, text }: { n: number; text: string }) {
  return (
    <Typography.Text strong>
      {n}. {text}
    </Typography.Text>
  );
}

interface TotpEnrolStepsProps {
  secret: TotpSetup | null;
  onEnabled: () => void;
  /** Where to go once enabled: the deep link the user opened, else their work. */
  next: string;
}

/** Scan, read the key, confirm with a code: enabling succeeds only once the app produces valid codes. */
export function TotpEnrolSteps({ secret, onEnabled, next }: TotpEnrolStepsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  const enable = useMutation({
    mutationFn: (code: string) => authApi.totpEnable(code),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKeys.me() });
      onEnabled();
      void navigate(next, { replace: true });
    },
  });
  const problem = useFormProblem(form, enable.error, FIELDS);
  if (!secret) return <Spin description={t('auth.totp.preparing')}><div style={{ height: 200 }} /></Spin>;
  return (
    <Flex vertical gap={16}>
      <StepLabel n={1} text={t('auth.totp.step1')} />
      <Flex justify="center">
        <QrImage text={secret.otpauthUri} alt={t('auth.totp.qrAlt')} />
      </Flex>
      <StepLabel n={2} text={t('auth.totp.step2')} />
      <Typography.Text code copyable={{ text: secret.secret }} style={{ fontSize: 15, wordBreak: 'break-all', textAlign: 'center' }}>
        <span data-testid="totp-secret">{secret.secret}</span>
      </Typography.Text>
      <StepLabel n={3} text={t('auth.totp.step3')} />
      {problem && <Alert type="error" showIcon title={problem} />}
      <Form form={form} layout="vertical" requiredMark={false} size="large" onFinish={({ code }) => enable.mutate(code)}>
        <Form.Item name="code" label={t('auth.totp.code')} rules={[{ required: true, pattern: CODE_PATTERN, message: t('auth.login.totpInvalid') }]}>
          <CodeInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={enable.isPending}>
          {t('auth.totp.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
