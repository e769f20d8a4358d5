import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stepLabel } from '../labels';
import { BULK_ACTIONS, BULK_MAX, type BulkAction } from '../types';
import { Kbd } from './Kbd';

const KEYS: Record<BulkAction, string> = { accept: 'a', assign: 's', remind: 'r' };

interface BulkBarProps {
  count: number;
  /** On a desk each button names its key. */
  showKeys: boolean;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}

/** What the selection can be given in one step: shown while cases are selected, at the foot of the screen. */
export function BulkBar({ count, showKeys, onAction, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const tooMany = count > BULK_MAX;
  return (
    <Flex
      role="region"
      aria-label={t('cases.bulk.selected', { count })}
      align="center"
      justify="space-between"
      gap={8}
      wrap
      style={{ padding: '8px 12px', background: '#fff', border: '1px solid #91caff', borderRadius: 8, boxShadow: '0 -2px 10px rgba(0,0,0,0.10)' }}
      data-testid="bulk-bar"
    >
      <Flex align="center" gap={4} style={{ minWidth: 0 }}>
        <Typography.Text strong data-testid="bulk-count" style={{ whiteSpace: 'nowrap' }}>
          {t('cases.bulk.selected', { count })}
        </Typography.Text>
        <Button type="link" size="small" onClick={onClear} data-testid="bulk-clear">
          {t('cases.bulk.clear')}
          {showKeys && <Kbd>Esc</Kbd>}
        </Button>
      </Flex>
      <Flex align="center" gap={8} wrap>
        {tooMany && <Typography.Text type="danger">{t('cases.bulk.tooMany', { max: BULK_MAX })}</Typography.Text>}
        {BULK_ACTIONS.map((action) => (
          <Button key={action} type={action === 'remind' ? 'default' : 'primary'} disabled={tooMany} onClick={() => onAction(action)} data-testid={`bulk-${action}`}>
            {stepLabel(t, action)}
            {showKeys && <Kbd>{KEYS[action]}</Kbd>}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
