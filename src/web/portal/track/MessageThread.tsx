import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { officeName } from '../office';
import { portalProblem } from '../problemText';
import { usePortalPlan, useSendPublicMessage } from '../queries';
import type { Tracked } from '../types';

interface MessageThreadProps {
  messages: Tracked['messages'];
  receipt: string;
  onSent: () => void;
}

/** The conversation with the campaign office, and a box to add to it. */
export function MessageThread({ messages, receipt, onSent }: MessageThreadProps) {
  const { t } = useTranslation('portal');
  const office = officeName(usePortalPlan().data) ?? t('track.office');
  const [body, setBody] = useState('');
  const send = useSendPublicMessage();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    send.mutate(
      { receipt, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          onSent();
        },
      },
    );
  };
  return (
    <section className="p-card">
      <h2>{t('track.messages')}</h2>
      {messages.length === 0 && <p className="p-muted">{t('track.noMessages')}</p>}
      {messages.map((message, index) => (
        <div key={`${message.ts}-${index}`} className={`p-msg ${message.author === 'office' ? 'p-msg-office' : 'p-msg-public'}`}>
          <small>{message.author === 'office' ? office : t('track.you')}</small>
          {message.body}
        </div>
      ))}
      <form onSubmit={submit} style={{ marginTop: 12 }}>
        <label className="p-label" htmlFor="message">
          {t('track.messagePlaceholder')}
        </label>
        <textarea id="message" className="p-textarea" style={{ minHeight: 96 }} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} />
        {send.isError && <div className="p-alert p-alert-error" style={{ marginTop: 8 }}>{portalProblem(send.error, t)}</div>}
        {send.isSuccess && !body && <div className="p-alert p-alert-ok" style={{ marginTop: 8 }}>{t('track.sent')}</div>}
        <button type="submit" className="p-btn p-btn-secondary p-btn-block" style={{ marginTop: 8 }} disabled={!body.trim() || send.isPending}>
          {t('track.send')}
        </button>
      </form>
    </section>
  );
}
