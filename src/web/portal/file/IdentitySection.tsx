import { useTranslation } from 'react-i18next';
import { useOfficeName } from '../office';
import { Choice } from '../ui/Choice';
import { describedBy, Field } from '../ui/Field';
import type { ComplaintDraft, DraftErrors } from './complaint';

interface IdentitySectionProps {
  draft: ComplaintDraft;
  errors: DraftErrors;
  onChange: (change: Partial<ComplaintDraft>) => void;
}

/** Anonymous by default; naming oneself is a clear, deliberate switch. */
export function IdentitySection({ draft, errors, onChange }: IdentitySectionProps) {
  const { t } = useTranslation('portal');
  const office = useOfficeName();
  const error = (key: keyof DraftErrors) => (errors[key] ? t(`file.errors.${errors[key]}`) : null);
  return (
    <section className="p-field" aria-labelledby="identity-label">
      <div className="p-label" id="identity-label">
        {t('file.identity')}
      </div>
      <div className="p-switch" role="radiogroup" aria-labelledby="identity-label">
        <Choice checked={draft.anonymous} onSelect={() => onChange({ anonymous: true })} testId="identity-anonymous">
          <strong>{t('file.anonymous')}</strong>
          <span>{t('file.anonymousHint')}</span>
        </Choice>
        <Choice checked={!draft.anonymous} onSelect={() => onChange({ anonymous: false })} testId="identity-named">
          <strong>{t('file.named')}</strong>
          <span>{t('file.namedHint')}</span>
        </Choice>
      </div>
      {!draft.anonymous && (
        <div style={{ marginTop: 16 }}>
          <Field id="name" label={t('file.name')} required error={error('name')}>
            <input id="name" className="p-input" autoComplete="name" maxLength={50} value={draft.name} onChange={(e) => onChange({ name: e.target.value })} {...describedBy('name', false, errors.name)} />
          </Field>
          <Field id="phone" label={t('file.phone')} required error={error('phone')}>
            <input id="phone" className="p-input" type="tel" inputMode="tel" autoComplete="tel" value={draft.phone} onChange={(e) => onChange({ phone: e.target.value })} {...describedBy('phone', false, errors.phone)} />
          </Field>
          <Field id="idNumber" label={t('file.idNumber')} hint={t('file.identityNote', { office })} error={error('idNumber')}>
            <input id="idNumber" className="p-input" autoComplete="off" maxLength={18} value={draft.idNumber} onChange={(e) => onChange({ idNumber: e.target.value })} {...describedBy('idNumber', true, errors.idNumber)} />
          </Field>
        </div>
      )}
    </section>
  );
}
