import { Empty, Flex, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from './types';
import { buildUnitTree, type UnitNode } from './unitTree';
import { KindTag, MonitoredTag, RetiredTag } from './UnitTags';

function NodeTitle({ node, contextNote }: { node: UnitNode; contextNote: string }) {
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text type={node.contextOnly ? 'secondary' : undefined} strong={!node.contextOnly}>
        {node.unit.name}
        {node.contextOnly && contextNote}
      </Typography.Text>
      <KindTag kind={node.unit.kind} />
      {node.unit.monitored && !node.unit.retiredAt && <MonitoredTag />}
      {node.unit.retiredAt && <RetiredTag retiredAt={node.unit.retiredAt} />}
    </Flex>
  );
}

export function UnitTree({ units, all }: { units: Unit[]; all: Unit[] }) {
  const { t } = useTranslation();
  const contextNote = t('units.contextOnly');
  const treeData = useMemo(() => {
    const toData = (node: UnitNode): TreeDataNode => ({
      key: node.unit.id,
      title: <NodeTitle node={node} contextNote={contextNote} />,
      children: node.children.map(toData),
    });
    return buildUnitTree(all, units).map(toData);
  }, [all, units, contextNote]);
  if (treeData.length === 0) return <Empty description={t('units.emptyTree')} />;
  return <Tree key={units.length} treeData={treeData} defaultExpandAll showLine selectable={false} height={640} blockNode />;
}
