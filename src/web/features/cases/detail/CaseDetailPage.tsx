import { Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../common/api';
import { NotFound } from '../../../shell/NotFound';
import { Page } from '../../../shell/Page';
import { PageSpin } from '../../../shell/PageSpin';
import { QueryError } from '../../../shell/QueryError';
import { useMe } from '../../auth/queries';
import { isOffice } from '../access';
import { DeadlineTag } from '../DeadlineTag';
import { channelLabel } from '../labels';
import { useCase } from '../queries';
import { StatusTag } from '../StatusTag';
import { StepButtons } from '../steps/StepButtons';
import { AccountabilityCard } from './AccountabilityCard';
import { AttachmentList } from './AttachmentList';
import { BackToList } from './BackToList';
import { CaseFacts } from './CaseFacts';
import { CaseTimeline } from './CaseTimeline';
import { PublicMessages } from './PublicMessages';
import { ReporterCard } from './ReporterCard';
import { reporterKind } from '../../../../modules/cases/contract';

export function CaseDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const caseId = Number(id);
  const valid = Number.isSafeInteger(caseId) && caseId > 0;
  const { data: me } = useMe();
  const detail = useCase(valid ? caseId : 0);
  if (!valid) return <NotFound />;
  if (detail.isPending) return <PageSpin />;
  // A case out of a liaison's reach answers 404 exactly like one that does not exist.
  if (detail.isError) return isApiError(detail.error, 404) ? <NotFound title={t('caseDetail.notFound')} back={{ to: '/cases', label: t('caseDetail.backToList') }} /> : <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const c = detail.data;
  const office = me ? isOffice(me.role) : false;
  const subtitle = (
    <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
      <Typography.Text copyable strong style={{ fontFamily: 'monospace' }} data-testid="case-code">
        {c.code}
      </Typography.Text>
      <StatusTag status={c.status} />
      <Tag style={{ marginInlineEnd: 0 }}>{channelLabel(t, c.channel)}</Tag>
      {c.dueDate && <DeadlineTag dueDate={c.dueDate} deadline={c.deadline} escalationLevel={c.escalationLevel} />}
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      <BackToList />
      <Page title={c.title} subtitle={subtitle} extra={<StepButtons detail={c} />}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={16}>
              <CaseFacts detail={c} />
              <CaseTimeline detail={c} />
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={16}>
              {office && <ReporterCard caseId={c.id} hasReporter={c.hasReporter} reporterless={reporterKind(c) === 'none'} />}
              <AttachmentList caseId={c.id} files={c.attachments} />
              {office && c.publicReceipt && <PublicMessages caseId={c.id} messages={c.messages} />}
              {(c.canRecordAccountability || c.accountability.length > 0) && (
                <AccountabilityCard caseId={c.id} outcomes={c.accountability} canRecord={c.canRecordAccountability} />
              )}
            </Flex>
          </Col>
        </Row>
      </Page>
    </Flex>
  );
}
