import { useTranslation } from 'react-i18next';
import type { PortalPlan, Tracked } from '../types';
import { MessageThread } from './MessageThread';
import { isPublicStatus, isPublicStep, statusTone } from './publicWords';

const when = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

interface TrackResultProps {
  tracked: Tracked;
  receipt: string;
  plan: PortalPlan | undefined;
  onMessageSent: () => void;
}

/** Where the complaint stands, in plain words, with its steps and the messages. */
export function TrackResult({ tracked, receipt, plan, onMessageSent }: TrackResultProps) {
  const { t, i18n } = useTranslation('portal');
  const status = isPublicStatus(tracked.status) ? t(`status.${tracked.status}`) : tracked.status;
  const category = plan?.problemCategories.find((c) => c.code === tracked.category)?.name ?? tracked.category;
  return (
    <>
      <div className={`p-status p-status-${statusTone(tracked.status)}`}>
        <small>{tracked.title}</small>
        <strong data-testid="track-status">{status}</strong>
      </div>
      <section className="p-card">
        <dl className="p-facts">
          <dt>{t('track.code')}</dt>
          <dd>{tracked.code}</dd>
          <dt>{t('track.category')}</dt>
          <dd>{category}</dd>
          {tracked.unitName && (
            <>
              <dt>{t('track.unit')}</dt>
              <dd>{tracked.unitName}</dd>
            </>
          )}
          <dt>{t('track.receivedAt')}</dt>
          <dd>{when(tracked.receivedAt, i18n.language)}</dd>
        </dl>
      </section>
      <section className="p-card">
        <h2>{t('track.progress')}</h2>
        <ol className="p-steps">
          {tracked.progress.map((step, index) => (
            <li key={`${step.ts}-${index}`}>
              <strong>{isPublicStep(step.step) ? t(`steps.${step.step}`) : step.step}</strong>
              {step.reason && <div>{step.reason}</div>}
              <time dateTime={step.ts}>{when(step.ts, i18n.language)}</time>
            </li>
          ))}
        </ol>
      </section>
      <MessageThread messages={tracked.messages} receipt={receipt} onSent={onMessageSent} />
    </>
  );
}
