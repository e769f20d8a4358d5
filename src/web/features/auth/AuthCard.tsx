import { Card, Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../shell/Brand';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}

/** The frame for pages used before the console opens: sign-in, setup, two-factor enrolment. */
export function AuthCard({ title, subtitle, width = 400, children }: AuthCardProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.product')}`;
  }, [title, t]);
  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', padding: '24px 16px', background: 'linear-gradient(180deg, #0e2a47 0, #0e2a47 240px, #f0f2f5 240px)' }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: width }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical gap={20} style={{ width: '100%', maxWidth: width, marginTop: 32 }}>
        <Flex justify="center">
          <Brand light large />
        </Flex>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: subtitle ? 4 : 20 }}>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
              {subtitle}
            </Typography.Paragraph>
          )}
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
