import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function Emblem({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ flexShrink: 0 }}>
      <rect width="32" height="32" rx="6" fill="#b3261e" />
      <path d="M16 5.5l9 3.4v6.6c0 5.6-3.8 9.7-9 11.3-5.2-1.6-9-5.7-9-11.3V8.9z" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <path d="M11.8 15.8l3 3 5.6-6" fill="none" stroke="#ffd666" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Product mark; `light` for dark backgrounds such as the side menu. */
export function Brand({ compact = false, light = false, large = false }: { compact?: boolean; light?: boolean; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <Emblem size={large ? 40 : compact ? 28 : 32} />
      {!compact && (
        <Typography.Text
          strong
          style={{ color: light ? '#fff' : undefined, fontSize: large ? 20 : 15, lineHeight: 1.3 }}
        >
          {t('app.product')}
        </Typography.Text>
      )}
    </Flex>
  );
}
