import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../common/api';
import { todayIso } from '../../common/format';
import { outsideSpan, phasesSpan } from '../plan/campaignClock';
import { usePlan } from '../plan/queries';
import { draftOf, localDraftChoice, type Section } from './draft';
import { DraftSaver, type SaveState } from './draftSaver';
import { InstitutionSection, RectificationSection, SectionTitle, TrainingSection, type SectionProps } from './EditorSections';
import { draftOfValues, formValuesOf, usedKeys, type EditorValues } from './editorValues';
import { fieldWording, isWholeContent, placeProblems } from './fieldErrors';
import { newItemKey } from './itemKeys';
import type { ItemComments } from './ItemNotes';
import { localDraftStore } from './localDraftStore';
import { saveDraft, useSubmitReport } from './mutations';
import { selfInspectionCode, selfInspectionProblemText } from './problems';
import { selfInspectionKeys } from './queries';
import { SaveStatus } from './SaveStatus';
import type { Report, ReportContent } from './types';

/** The fields of each kind of item the editor shows: a server error on another one is said beside the item. */
const FORM_FIELDS: Record<Section, readonly string[]> = {
  rectifications: ['category', 'description', 'measure', 'responsible', 'deadline', 'status', 'evidence'],
  institutions: ['name', 'documentNo', 'issuedOn'],
  trainings: ['heldOn', 'topic', 'attendance'],
};

const timeOf = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');

interface ReportEditorProps {
  report: Report;
  /** The office's comments on the items, when the report was returned. */
  comments: ItemComments | null;
  /** Reads the report again and starts the editor afresh from it. */
  onReload: () => void;
}

/**
 * The liaison's editor of its unit's report while it is open or returned: items added, changed
 * and removed are saved as a draft a moment after each change (and on leaving a field), every
 * change kept in the browser first; then submitted, with the server's objections shown beside
 * the items they name.
 */
export function ReportEditor({ report, comments, onReload }: ReportEditorProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const plan = usePlan();
  const [form] = Form.useForm<EditorValues>();
  const submit = useSubmitReport(report.id);
  const [store] = useState(() => localDraftStore(report.id));
  // What the page starts from: the server's working copy, or the browser's copy of changes not saved.
  const [start] = useState(() => {
    const local = store.read();
    const choice = localDraftChoice(report, local);
    if (choice === 'drop') store.remove();
    const original = draftOf(report.content);
    return { choice, local, original, draft: choice === 'restore' && local ? local.content : original };
  });
  const [notice, setNotice] = useState<'restored' | 'offer' | null>(start.choice === 'restore' ? 'restored' : start.choice === 'offer' ? 'offer' : null);
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [otherProblem, setOtherProblem] = useState<{ text: string; code: string | null } | null>(null);

  /** The server's objections to a content it was sent, beside the items and fields they name. */
  const showProblems = (error: unknown, sent: ReportContent) => {
    const placed = placeProblems(error instanceof ApiError ? (error.problem.errors ?? []) : [], sent);
    const values = form.getFieldsValue(true) as EditorValues;
    const fields: { name: (string | number)[]; errors: string[] }[] = [];
    const beside: Record<string, string[]> = {};
    for (const problem of placed.items) {
      const wording = fieldWording(problem.section, problem.field, problem.message);
      const words = wording ? t(`selfInspections.report.fieldWords.${wording}`) : problem.message;
      const index = (values[problem.section] ?? []).findIndex((item) => item.key === problem.key);
      if (index !== -1 && problem.field && FORM_FIELDS[problem.section].includes(problem.field)) fields.push({ name: [problem.section, index, problem.field], errors: [words] });
      else (beside[problem.key] ??= []).push(t('selfInspections.report.serverProblem', { message: words }));
    }
    if (placed.summary.length) fields.push({ name: ['summary'], errors: placed.summary });
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setProblems(beside);
    const placedAny = fields.length > 0 || Object.keys(beside).length > 0;
    const rest = placed.other.map((item) => (isWholeContent(item.path) ? t('selfInspections.report.emptyContent') : item.message)).join('; ');
    setOtherProblem(placedAny && !rest ? null : { text: rest ? `${selfInspectionProblemText(error, t)} ${rest}` : selfInspectionProblemText(error, t), code: selfInspectionCode(error) });
    const first = fields[0];
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  const [saveState, setSaveState] = useState<SaveState | null>(null);
  const [saver] = useState(
    () =>
      new DraftSaver<Report>(
        {
          put: (content, revision) => saveDraft(report.id, content, revision),
          store,
          schedule: (run, ms) => {
            const timer = window.setTimeout(run, ms);
            return () => window.clearTimeout(timer);
          },
          now: () => Date.now(),
          onState: setSaveState,
          onSaved: (answer) => queryClient.setQueryData(selfInspectionKeys.report(report.id), answer),
          onInvalid: (error, sent) => showProblems(error, sent),
        },
        { revision: report.revision, server: report.content, draft: start.draft, dirty: start.choice === 'restore' },
      ),
  );
  useEffect(() => {
    saver.resume();
    return () => saver.leave();
  }, [saver]);

  const changed = () => saver.change(draftOfValues(form.getFieldsValue(true) as EditorValues));
  const take = (draft: typeof start.draft) => {
    form.setFieldsValue(formValuesOf(draft));
    saver.change(draft);
    setNotice(null);
  };

  const span = phasesSpan(plan.data?.phases ?? []);
  const today = todayIso();
  const sectionProps: SectionProps = {
    form,
    newKey: () => newItemKey(usedKeys(saver.draft)),
    disabledDate: (day) => outsideSpan(span, day.format('YYYY-MM-DD')),
    disabledPastDate: (day) => day.format('YYYY-MM-DD') > today,
    today,
    comments,
    problems,
  };

  const confirmSubmit = async () => {
    setProblems({});
    setOtherProblem(null);
    try {
      await form.validateFields({ recursive: true });
    } catch {
      void message.error(t('selfInspections.submit.fixFirst'));
      return;
    }
    const saved = await saver.flush();
    if (!saved || saver.state.incomplete > 0) {
      void message.error(t('selfInspections.submit.notSaved'));
      return;
    }
    modal.confirm({
      title: t('selfInspections.submit.confirmTitle'),
      content: t('selfInspections.submit.confirmText'),
      okText: t('selfInspections.submit.ok'),
      cancelText: t('actions.cancel'),
      onOk: () =>
        submit
          .mutateAsync(saver.revision)
          .then(() => {
            saver.stop({ forget: true });
            void message.success(t('selfInspections.submit.done'));
          })
          .catch((error: unknown) => showProblems(error, saver.sent)),
    });
  };

  const state = saveState ?? saver.state;
  const stopped = state.phase === 'conflict' || state.phase === 'closed' || otherProblem?.code === 'report_changed' || otherProblem?.code === 'report_not_editable';
  const closed = state.phase === 'closed' || otherProblem?.code === 'report_not_editable';

  return (
    <div onBlur={() => state.phase === 'pending' && void saver.flush()} data-testid="report-editor">
      <Form<EditorValues> form={form} name={`report-${report.id}`} layout="vertical" initialValues={formValuesOf(start.draft)} onValuesChange={changed}>
        <Flex vertical gap={16}>
          {notice === 'restored' && start.local && (
            <Alert
              type="info"
              showIcon
              title={t('selfInspections.save.restored', { time: timeOf(start.local.savedAt) })}
              action={
                <Button size="small" onClick={() => take(start.original)}>
                  {t('selfInspections.save.discardRestored')}
                </Button>
              }
              closable={{ onClose: () => setNotice(null) }}
              data-testid="draft-restored"
            />
          )}
          {notice === 'offer' && start.local && (
            <Alert
              type="warning"
              showIcon
              title={t('selfInspections.save.offer', { time: timeOf(start.local.savedAt) })}
              action={
                <Flex gap={8} wrap>
                  <Button size="small" type="primary" onClick={() => start.local && take(start.local.content)} data-testid="use-local-draft">
                    {t('selfInspections.save.useLocal')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      store.remove();
                      setNotice(null);
                    }}
                  >
                    {t('selfInspections.save.discardLocal')}
                  </Button>
                </Flex>
              }
              data-testid="draft-offer"
            />
          )}
          {stopped && (
            <Alert
              type="error"
              showIcon
              title={t(closed ? 'selfInspections.save.closedTitle' : 'selfInspections.save.conflictTitle')}
              description={t(closed ? 'selfInspections.save.closedText' : 'selfInspections.save.conflictText')}
              action={
                <Button size="small" type="primary" onClick={onReload} data-testid="reload-report">
                  {t('selfInspections.save.reload')}
                </Button>
              }
              data-testid="report-conflict"
            />
          )}
          {otherProblem && !stopped && <Alert type="error" showIcon title={otherProblem.text} data-testid="report-problem" />}

          <SectionTitle>{t('selfInspections.report.rectifications')}</SectionTitle>
          <RectificationSection props={sectionProps} onListChange={changed} />
          <SectionTitle>{t('selfInspections.report.institutions')}</SectionTitle>
          <InstitutionSection props={sectionProps} onListChange={changed} />
          <SectionTitle>{t('selfInspections.report.trainings')}</SectionTitle>
          <TrainingSection props={sectionProps} onListChange={changed} />
          <SectionTitle>{t('selfInspections.report.summary')}</SectionTitle>
          <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
            <Form.Item name="summary" label={t('selfInspections.report.summary')} rules={[{ max: 20_000 }]}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20_000} placeholder={t('selfInspections.report.summaryPlaceholder')} data-testid="report-summary" />
            </Form.Item>
          </Card>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('selfInspections.submit.hint')}
          </Typography.Text>
        </Flex>
      </Form>
      <Flex
        justify="space-between"
        align="center"
        gap={12}
        wrap
        style={{ position: 'sticky', bottom: 0, zIndex: 5, marginTop: 16, padding: '10px 16px', background: '#fff', borderRadius: 8, boxShadow: '0 -2px 8px rgba(0,0,0,0.08)' }}
      >
        <SaveStatus state={state} />
        {stopped ? (
          // Nothing more is saved: the way on is to read the report again (the changes stay in the browser's copy).
          <Button type="primary" onClick={onReload} data-testid="reload-report-bar">
            {t('selfInspections.save.reload')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void confirmSubmit()} loading={submit.isPending} data-testid="submit-report">
            {t('selfInspections.submit.button')}
          </Button>
        )}
      </Flex>
    </div>
  );
}
