import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Blank } from '../../../shell/Blank';
import { importFieldLabel } from '../labels';
import { TableEmpty } from '../TableEmpty';
import type { ImportReport } from '../types';

type Row = ImportReport['rows'][number];

/** The file checked row by row: what will be imported and, for the rest, what is wrong with which column. */
export function ImportReportTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Table<Row>
      rowKey="row"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ y: 360 }}
      locale={{ emptyText: <TableEmpty text={t('evaluations.import.noRows')} /> }}
      columns={[
        { key: 'row', title: t('evaluations.import.row'), dataIndex: 'row', width: 72, align: 'right' },
        { key: 'name', title: t('evaluations.import.name'), width: 120, render: (_, row) => row.name ?? <Blank /> },
        {
          key: 'result',
          title: t('evaluations.import.result'),
          render: (_, row) =>
            row.ok ? (
              <Tag color="success" style={{ marginInlineEnd: 0 }}>
                {t('evaluations.import.ok')}
              </Tag>
            ) : (
              <Flex vertical gap={2}>
                {row.errors.map((error, index) => (
                  <Typography.Text key={index} type="danger">
                    {t('labelled', { label: importFieldLabel(t, error.field) })}
                    {error.message}
                  </Typography.Text>
                ))}
              </Flex>
            ),
        },
      ]}
    />
  );
}
