import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRestoreUnit } from './queries';
import type { Unit } from './types';
import { unitProblemText } from './unitProblems';

export type UnitDialog = { kind: 'edit' | 'merge' | 'retire'; unit: Unit };

/** A unit's changes, for the office: edit, merge into another, retire; a retired one is restored (or its history read). */
export function UnitActions({ unit, onOpen }: { unit: Unit; onOpen: (dialog: UnitDialog) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restore = useRestoreUnit();
  if (unit.mergedIntoId !== null) return null;
  if (unit.retiredAt !== null) {
    return (
      <Space size={0} wrap>
        <Button type="link" size="small" onClick={() => onOpen({ kind: 'edit', unit })} data-testid="unit-history-open">
          {t('units.history')}
        </Button>
        <Popconfirm
          title={t('units.restoreConfirm', { name: unit.name })}
          okText={t('units.restore')}
          cancelText={t('actions.cancel')}
          okButtonProps={{ 'data-testid': 'unit-restore-confirm' }}
          onConfirm={() =>
            restore.mutateAsync(unit.id).then(
              () => void message.success(t('units.restored', { name: unit.name })),
              (error: unknown) => void message.error(unitProblemText(error, t)),
            )
          }
        >
          <Button type="link" size="small" loading={restore.isPending} data-testid="unit-restore">
            {t('units.restore')}
          </Button>
        </Popconfirm>
      </Space>
    );
  }
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onOpen({ kind: 'edit', unit })} data-testid="unit-edit">
        {t('units.edit')}
      </Button>
      <Button type="link" size="small" onClick={() => onOpen({ kind: 'merge', unit })} data-testid="unit-merge">
        {t('units.mergeAction')}
      </Button>
      <Button type="link" size="small" danger onClick={() => onOpen({ kind: 'retire', unit })} data-testid="unit-retire">
        {t('units.retire')}
      </Button>
    </Space>
  );
}
