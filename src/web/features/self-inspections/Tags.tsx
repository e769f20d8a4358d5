import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DECISION_COLOURS, decisionLabel, KIND_COLOURS, kindLabel, STATE_COLOURS, stateLabel, STATUS_COLOURS, statusLabel } from './labels';

const TIGHT = { marginInlineEnd: 0 };

/** 自查自纠报告, 举一反三再整改报告, 年终总结报告… */
export function KindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOURS[kind] ?? 'default'} style={TIGHT} data-testid="request-kind">
      {kindLabel(t, kind)}
    </Tag>
  );
}

/** A report's status: 未提交, 待审核, 已退回, 已通过, 未通过. */
export function ReportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status] ?? 'default'} style={TIGHT} data-testid="report-status">
      {statusLabel(t, status)}
    </Tag>
  );
}

/** Not submitted by the due day, or submitted after it. */
export function LateTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" style={TIGHT} data-testid="report-late">
      {t('selfInspections.late')}
    </Tag>
  );
}

/** A rectification's state; overdue in red. */
export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state] ?? 'default'} style={TIGHT} data-testid="rectification-state">
      {stateLabel(t, state)}
    </Tag>
  );
}

export function DecisionTag({ decision, kind }: { decision: string; kind?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={DECISION_COLOURS[decision] ?? 'default'} style={TIGHT} data-testid="review-decision">
      {decisionLabel(t, decision, kind)}
    </Tag>
  );
}
