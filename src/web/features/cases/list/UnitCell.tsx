import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import type { CaseListItem } from '../types';

/** The unit the case concerns and, once handed out, the unit handling it when that is another one. */
export function UnitCell({ item, showAssigned }: { item: CaseListItem; showAssigned: boolean }) {
  const { t } = useTranslation();
  const handling = showAssigned && item.assignedUnitName && item.assignedUnitId !== item.unitId ? item.assignedUnitName : null;
  return (
    <Flex vertical style={{ minWidth: 0 }}>
      <Typography.Text ellipsis>{item.unitName ?? <Blank />}</Typography.Text>
      {handling && (
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {t('cases.list.handledBy', { unit: handling })}
        </Typography.Text>
      )}
    </Flex>
  );
}
