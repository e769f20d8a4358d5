import { Alert, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../common/format';
import { useUnitHistory } from './queries';
import type { UnitVersion } from './types';
import { UNIT_CHANGES, type UnitChange as UnitChangeKind } from '../../../modules/units/contract';

const COLOURS: Record<string, string> = { created: 'green', renamed: 'blue', reparented: 'blue', updated: 'gray', merged: 'red', retired: 'gray', restored: 'green' };

/** A version's change in words; a change this build does not know is shown as sent. */
export function changeLabel(t: TFunction, change: string): string {
  return isUnitChange(change) ? t(`units.versions.changes.${change}`) : change;
}

function isUnitChange(value: string): value is UnitChangeKind {
  return (UNIT_CHANGES as readonly string[]).includes(value);
}

function Version({ version, names }: { version: UnitVersion; names: ReadonlyMap<number, string> }) {
  const { t } = useTranslation();
  const parent = version.parentId === null ? null : (names.get(version.parentId) ?? `#${version.parentId}`);
  return (
    <Flex vertical gap={2} data-testid="unit-version">
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{changeLabel(t, version.change)}</Typography.Text>
        <Typography.Text>{version.name}</Typography.Text>
      </Flex>
      {version.reason && <Typography.Text>{t('units.versions.reason', { reason: version.reason })}</Typography.Text>}
      {(version.change === 'reparented' || version.change === 'created') && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {parent ? t('units.versions.parent', { parent }) : t('units.versions.noParent')}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(version.validFrom)}
      </Typography.Text>
    </Flex>
  );
}

/** A unit's names, parents and changes over time, newest first, with the reasons given. */
export function UnitHistory({ unitId, names }: { unitId: number; names: ReadonlyMap<number, string> }) {
  const { t } = useTranslation();
  const history = useUnitHistory(unitId);
  return (
    <Flex vertical gap={12} data-testid="unit-history">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('units.versions.title')}
      </Typography.Title>
      {history.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : history.isError ? (
        <Alert type="error" showIcon title={t('units.versions.loadFailed')} />
      ) : history.data.length === 0 ? (
        <Empty description={t('units.versions.empty')} />
      ) : (
        <Timeline
          items={[...history.data].reverse().map((version, index) => ({
            key: `${version.validFrom}-${index}`,
            color: COLOURS[version.change] ?? 'blue',
            content: <Version version={version} names={names} />,
          }))}
        />
      )}
    </Flex>
  );
}
