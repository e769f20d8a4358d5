import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Kbd } from './Kbd';

type Described = 'move' | 'open' | 'toggle' | 'extend' | 'accept' | 'assign' | 'remind' | 'search' | 'clear' | 'help';

// Each line: the keys (alternatives), what they do, and whether only the office (which selects) has it.
const LINES: { keys: string[][]; does: Described; office: boolean }[] = [
  { keys: [['j', 'k'], ['↓', '↑']], does: 'move', office: false },
  { keys: [['Enter'], ['o']], does: 'open', office: false },
  { keys: [['x'], ['Space']], does: 'toggle', office: true },
  { keys: [['Shift', 'x']], does: 'extend', office: true },
  { keys: [['a']], does: 'accept', office: true },
  { keys: [['s']], does: 'assign', office: true },
  { keys: [['r']], does: 'remind', office: true },
  { keys: [['/']], does: 'search', office: false },
  { keys: [['Esc']], does: 'clear', office: true },
  { keys: [['?']], does: 'help', office: false },
];

interface KeyHelpProps {
  canSelect: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The list's keyboard shortcuts, behind a small button (or "?"). */
export function KeyHelp({ canSelect, open, onOpenChange }: KeyHelpProps) {
  const { t } = useTranslation();
  const content = (
    <div style={{ maxWidth: 320 }} data-testid="key-help">
      <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 16, rowGap: 6, alignItems: 'center' }}>
        {LINES.filter((line) => canSelect || !line.office).map((line) => (
          <Fragment key={line.does}>
            <span style={{ whiteSpace: 'nowrap' }}>
              {line.keys.map((combo, i) => (
                <Fragment key={combo.join('+')}>
                  {i > 0 && <Typography.Text type="secondary" style={{ fontSize: 12, marginInline: 4 }}>{t('cases.keys.or')}</Typography.Text>}
                  {combo.map((key, j) => (
                    <Fragment key={key}>
                      {j > 0 && (line.does === 'move' ? ' ' : '+')}
                      <Kbd>{key}</Kbd>
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </span>
            <Typography.Text style={{ fontSize: 13 }}>{t(`cases.keys.${line.does}`)}</Typography.Text>
          </Fragment>
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '10px 0 0' }}>
        {t('cases.keys.note')}
      </Typography.Paragraph>
    </div>
  );
  return (
    <Popover title={t('cases.keys.title')} content={content} trigger="click" placement="bottomLeft" open={open} onOpenChange={onOpenChange}>
      <Button icon={<QuestionCircleOutlined />} aria-label={t('cases.keys.title')} data-testid="key-help-button">
        {t('cases.keys.button')}
      </Button>
    </Popover>
  );
}
