import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../common/api';
import { saveDraft, useSubmitEvaluation } from '../queries';
import { EMPTY_ANSWER, fromServer, toServer, unitsInErrors, type Answer, type Answers } from './answers';
import { DraftSaver, type SaveStatus } from './draftSaver';
import { LinkProblemPage } from './LinkProblemPage';
import { linkProblem, type LinkProblem } from './problem';
import { ReviewPanel } from './ReviewPanel';
import { ThankYou } from './ThankYou';
import { keepUnsaved, unsavedAnswers } from './token';
import { LEVELS, OVERALL, type Level, type Questionnaire } from './types';
import { UnitList } from './UnitList';
import { UnitRating } from './UnitRating';

/** Which screen shows, kept in the history entry so that the phone's back button goes back a screen, not off the page. */
interface View {
  unit?: number;
  review?: boolean;
}

interface QuestionnaireFormProps {
  questionnaire: Questionnaire;
  token: string;
}

/** The evaluator's answers: held here, saved as a draft as they change, submitted once. */
export function QuestionnaireForm({ questionnaire: q, token }: QuestionnaireFormProps) {
  const roundId = q.round.id;
  const location = useLocation();
  const navigate = useNavigate();
  const view = (location.state ?? {}) as View;

  // The overall rating first: it is the one that counts a unit as rated.
  const criteria = useMemo(() => [...q.criteria.filter((c) => c.code === OVERALL), ...q.criteria.filter((c) => c.code !== OVERALL)], [q.criteria]);
  const levels = useMemo(() => {
    const known = new Set<Level>(q.levels.map((level) => level.code));
    return LEVELS.filter((level) => known.has(level));
  }, [q.levels]);

  // Answers this tab had not saved yet (a reload while offline) win over the server's draft.
  const [initial] = useState(() => {
    const unsaved = unsavedAnswers(roundId, token);
    const codes = q.criteria.map((c) => c.code);
    return { answers: fromServer(unsaved ?? q.draft?.answers ?? [], q.units, codes), unsaved: unsaved !== null };
  });
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [status, setStatus] = useState<SaveStatus>({ phase: q.draft ? 'saved' : 'clean', savedAt: q.draft?.savedAt ?? null, error: null });
  const [saver] = useState(
    () =>
      new DraftSaver<Answers>({
        send: (value) => saveDraft(roundId, token, toServer(value, q.units)),
        onStatus: setStatus,
        keep: (value) => keepUnsaved(roundId, token, value ? toServer(value, q.units) : null),
        savedAt: q.draft?.savedAt ?? null,
      }),
  );
  const submit = useSubmitEvaluation();
  const [submittedAt, setSubmittedAt] = useState<string | null>(null);
  const [refusedUnits, setRefusedUnits] = useState<number[]>([]);
  const [submitProblem, setSubmitProblem] = useState<LinkProblem | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (initial.unsaved) saver.change(initial.answers);
  }, [initial, saver]);

  // Save on the way out: leaving the page, switching to another app, or following a link within the portal.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!saver.dirty) return;
      saver.flush();
      event.preventDefault();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('visibilitychange', hidden);
      saver.flush();
    };
  }, [saver]);

  // A link that stopped working while the answers were being filled in (the round closed, or it was submitted elsewhere).
  const problem = submitProblem ?? linkProblem(status.error);
  useEffect(() => {
    if (problem) saver.stop();
  }, [problem, saver]);

  const screen = submittedAt ? 'done' : view.review ? 'review' : view.unit !== undefined && q.units.some((u) => u.id === view.unit) ? `unit-${view.unit}` : 'list';
  // A new screen starts at its top; going back, the browser puts the list where it was.
  useEffect(() => {
    if (screen !== 'list') window.scrollTo(0, 0);
  }, [screen]);

  if (submittedAt) return <ThankYou submittedAt={submittedAt} />;
  if (problem) return <LinkProblemPage problem={problem} />;

  const update = (unitId: number, change: (answer: Answer) => Answer) => {
    const next = { ...answers, [unitId]: change(answers[unitId] ?? EMPTY_ANSWER) };
    setAnswers(next);
    saver.change(next);
    if (refusedUnits.includes(unitId)) setRefusedUnits(refusedUnits.filter((id) => id !== unitId));
    if (submit.isError) submit.reset();
  };
  const path = location.pathname;
  const openUnit = (unitId: number, replace = false) => {
    saver.flush();
    void navigate(path, { state: { unit: unitId } satisfies View, replace });
  };
  const openReview = () => {
    saver.flush();
    setConfirming(false);
    void navigate(path, { state: { review: true } satisfies View });
  };
  // Screens are entered from the list, so going back one entry returns to it.
  const backToList = () => {
    saver.flush();
    if (((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0) void navigate(-1);
    else void navigate(path, { replace: true, state: null });
  };
  const send = () => {
    const body = toServer(answers, q.units);
    saver.hold();
    setRefusedUnits([]);
    submit.mutate(
      { roundId, token, answers: body },
      {
        onSuccess: ({ submittedAt: at }) => {
          saver.stop();
          keepUnsaved(roundId, token, null);
          setSubmittedAt(at);
        },
        onError: (error) => {
          const linkFailed = linkProblem(error);
          if (linkFailed) return setSubmitProblem(linkFailed);
          saver.release();
          setConfirming(false);
          if (error instanceof ApiError && error.status === 400) setRefusedUnits(unitsInErrors(error.problem.errors ?? [], body));
          // The reason is shown at the top of the review.
          window.scrollTo(0, 0);
        },
      },
    );
  };

  const shared = { questionnaire: q, answers, status, onRetrySave: () => saver.flush() };
  if (view.review) {
    return (
      <ReviewPanel
        {...shared}
        refusedUnits={refusedUnits}
        submitting={submit.isPending}
        submitError={submit.error}
        confirming={confirming}
        onConfirming={setConfirming}
        onOpenUnit={(unitId) => openUnit(unitId, true)}
        onBack={backToList}
        onSubmit={send}
      />
    );
  }
  const unitIndex = q.units.findIndex((unit) => unit.id === view.unit);
  const unit = q.units[unitIndex];
  if (unit) {
    return (
      <UnitRating
        key={unit.id}
        {...shared}
        unit={unit}
        index={unitIndex}
        criteria={criteria}
        levels={levels}
        onChange={(change) => update(unit.id, change)}
        onOpenUnit={(unitId) => openUnit(unitId, true)}
        onBack={backToList}
      />
    );
  }
  return <UnitList {...shared} onOpenUnit={(unitId) => openUnit(unitId)} onReview={openReview} />;
}
