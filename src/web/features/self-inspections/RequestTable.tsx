import { Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../common/format';
import { usePhone } from '../../common/usePhone';
import { useRowLink } from '../../common/useRowLink';
import { BlockList } from '../../shell/BlockList';
import { TableEmpty } from '../evaluations/TableEmpty';
import { OpenReportButton } from './OpenReportButton';
import { ownStatus } from './progress';
import { ProgressCell } from './ProgressCell';
import { KindTag, LateTag, ReportStatusTag } from './Tags';
import type { RequestSummary } from './types';

type RequestTableProps = { requests: RequestSummary[]; loading: boolean; emptyText: string; liaison: boolean };

const requestPath = (request: RequestSummary) => `/self-inspections/requests/${request.id}`;

/** The requests, as the server orders them; on a phone, one block each. */
export function RequestTable(props: RequestTableProps) {
  const phone = usePhone();
  return phone ? <RequestBlocks {...props} /> : <RequestRows {...props} />;
}

/** A liaison's own report of the request: its status (and 逾期), or how many of its units are asked. */
function MyReport({ request }: { request: RequestSummary }) {
  const { t } = useTranslation();
  const status = ownStatus(request.progress);
  return (
    <Flex wrap gap={6} align="center">
      {status ? <ReportStatusTag status={status} /> : <Typography.Text type="secondary">{t('selfInspections.mine.several', { count: request.progress.total })}</Typography.Text>}
      {request.progress.late > 0 && <LateTag />}
      <OpenReportButton request={request} status={status} />
    </Flex>
  );
}

function RequestBlocks({ requests, loading, emptyText, liaison }: RequestTableProps) {
  const { t } = useTranslation();
  return (
    <BlockList
      items={requests}
      itemKey={(request) => request.id}
      // A liaison's block holds its button; the office's block is one link to the request.
      link={liaison ? undefined : requestPath}
      loading={loading}
      empty={<TableEmpty text={emptyText} />}
      testId="requests"
      itemTestId="request"
      render={(request) => (
        <Flex vertical gap={6}>
          <Typography.Text strong>{request.title}</Typography.Text>
          <Flex wrap gap={6} align="center">
            <KindTag kind={request.kind} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('selfInspections.dueBy', { date: formatDate(request.dueDate) })}
            </Typography.Text>
          </Flex>
          {liaison ? <MyReport request={request} /> : <ProgressCell progress={request.progress} />}
        </Flex>
      )}
    />
  );
}

function RequestRows({ requests, loading, emptyText, liaison }: RequestTableProps) {
  const { t } = useTranslation();
  const rowLink = useRowLink<RequestSummary>(requestPath);
  return (
    <Table<RequestSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={requests}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 860 }}
      locale={{ emptyText: <TableEmpty text={emptyText} /> }}
      onRow={liaison ? undefined : rowLink}
      data-testid="requests"
      columns={[
        { key: 'kind', title: t('selfInspections.columns.kind'), width: 170, render: (_, request) => <KindTag kind={request.kind} /> },
        {
          key: 'title',
          title: t('selfInspections.columns.title'),
          render: (_, request) => (
            <Link to={requestPath(request)} onClick={(event) => event.stopPropagation()}>
              {request.title}
            </Link>
          ),
        },
        { key: 'due', title: t('selfInspections.columns.dueDate'), width: 150, render: (_, request) => formatDate(request.dueDate) },
        liaison
          ? { key: 'mine', title: t('selfInspections.columns.myReport'), width: 300, render: (_, request) => <MyReport request={request} /> }
          : { key: 'progress', title: t('selfInspections.columns.progress'), width: 320, render: (_, request) => <ProgressCell progress={request.progress} /> },
      ]}
    />
  );
}
