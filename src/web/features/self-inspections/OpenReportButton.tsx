import { App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { selfInspectionProblemText } from './problems';
import { requestQuery } from './queries';
import type { ReportStatus, RequestSummary } from './types';

/**
 * A liaison's way to its unit's report of a request: the request's page names the report (the
 * list does not), so it is read first; a unit asked with sub-units lands on the request's page.
 */
export function OpenReportButton({ request, status }: { request: RequestSummary; status: ReportStatus | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const toWrite = status === 'open' || status === 'returned';
  const open = async () => {
    setBusy(true);
    try {
      const detail = await queryClient.fetchQuery(requestQuery(request.id));
      const only = detail.reports.length === 1 ? detail.reports[0] : undefined;
      await navigate(only ? `/self-inspections/reports/${only.id}` : `/self-inspections/requests/${request.id}`);
    } catch (error) {
      void message.error(selfInspectionProblemText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type={toWrite ? 'primary' : 'default'} size="small" loading={busy} onClick={() => void open()} data-testid="open-my-report">
      {t(toWrite ? 'selfInspections.mine.write' : 'selfInspections.mine.view')}
    </Button>
  );
}
