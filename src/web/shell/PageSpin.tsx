import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** The spinner shown while a page's code or first data arrives. */
export function PageSpin({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 320 }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
