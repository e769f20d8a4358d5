import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Tone } from './queue';

const TONE_COLOURS: Record<Tone, string | undefined> = { danger: '#cf1322', warning: '#d46b08', normal: undefined };

export interface TileBodyProps {
  icon: ReactNode;
  label: string;
  hint: string;
  /** Undefined while loading (or when it could not be loaded): shown as a dash. */
  count: number | undefined;
  unit: string;
  tone: Tone;
}

/** What a tile shows: the queue, its figure and what it holds. */
export function TileBody({ icon, label, hint, count, unit, tone }: TileBodyProps) {
  return (
    <Card hoverable size="small" style={{ height: '100%' }} styles={{ body: { padding: '12px 14px' } }}>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary">
          <span aria-hidden style={{ marginInlineEnd: 6 }}>
            {icon}
          </span>
          {label}
        </Typography.Text>
        <span>
          <span data-testid="work-count" style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.25, color: TONE_COLOURS[tone] }}>
            {count ?? '–'}
          </span>
          {unit && <Typography.Text type="secondary" style={{ marginInlineStart: 4, fontSize: 12 }}>{unit}</Typography.Text>}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

const BLOCK = { display: 'block', height: '100%', color: 'inherit', borderRadius: 8 } as const;

/** A queue's figure; the whole tile is one link to the case list showing those cases. */
export function QueueLinkTile({ to, testId, ...body }: TileBodyProps & { to: string; testId: string }) {
  return (
    <Link to={to} style={BLOCK} data-testid={testId}>
      <TileBody {...body} />
    </Link>
  );
}

/** The look of a tile that is a button (e.g. opening the notices in place) rather than a link. */
export const BUTTON_TILE_STYLE = { ...BLOCK, width: '100%', padding: 0, border: 0, background: 'none', font: 'inherit', textAlign: 'start', cursor: 'pointer' } as const;
