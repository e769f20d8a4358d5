import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../common/api';
import { portalProblem } from '../problemText';
import { useFileComplaint, usePortalPlan } from '../queries';
import type { Filed } from '../types';
import { describedBy, Field } from '../ui/Field';
import { CategoryPicker } from './CategoryPicker';
import { checkDraft, complaintBody, EMPTY_DRAFT, recheck, serverErrors, type ComplaintDraft, type DraftErrors } from './complaint';
import { IdentitySection } from './IdentitySection';
import { PhotoPicker } from './PhotoPicker';
import { UnitSearch } from './UnitSearch';

// Where to send the reader's eye when a field is wrong: the fields top to bottom, by element id.
const ORDER: [keyof DraftErrors, string][] = [
  ['name', 'name'],
  ['phone', 'phone'],
  ['idNumber', 'idNumber'],
  ['unitId', 'unit'],
  ['category', 'category'],
  ['title', 'title'],
  ['body', 'body'],
  ['photos', 'photos'],
];

interface ComplaintFormProps {
  /** Kept across retries of this form, so a second tap never files twice. */
  idempotencyKey: string;
  onFiled: (filed: Filed) => void;
}

export function ComplaintForm({ idempotencyKey, onFiled }: ComplaintFormProps) {
  const { t } = useTranslation('portal');
  const plan = usePortalPlan();
  const file = useFileComplaint();
  const [draft, setDraft] = useState<ComplaintDraft>(EMPTY_DRAFT);
  const [unit, setUnit] = useState<{ id: number; name: string } | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  // A field's error goes as soon as the citizen corrects it.
  const change = (next: Partial<ComplaintDraft>) => {
    const updated = { ...draft, ...next };
    setDraft(updated);
    if (Object.keys(errors).length > 0) setErrors(recheck(errors, updated, Object.keys(next) as (keyof ComplaintDraft)[]));
  };
  const chooseUnit = (next: { id: number; name: string } | null) => {
    setUnit(next);
    if (errors.unitId) setErrors(recheck(errors, { ...draft, unitId: next?.id ?? null }, ['unitId']));
  };
  const error = (key: keyof DraftErrors) => (errors[key] ? t(`file.errors.${errors[key]}`) : null);
  const show = (found: DraftErrors) => {
    setErrors(found);
    const first = ORDER.find(([key]) => found[key]);
    if (first) document.getElementById(first[1])?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft);
    if (Object.keys(found).length > 0) return show(found);
    setErrors({});
    file.mutate(
      { body: complaintBody({ ...draft, unitId: unit?.id ?? null }), key: idempotencyKey },
      {
        onSuccess: onFiled,
        onError: (failure) => {
          if (failure instanceof ApiError) show(serverErrors(failure.problem.errors ?? []));
        },
      },
    );
  };
  const failed = file.isError && Object.keys(errors).length === 0 ? portalProblem(file.error, t) : null;
  return (
    <form onSubmit={submit} noValidate className="p-card">
      <IdentitySection draft={draft} errors={errors} onChange={change} />
      <UnitSearch value={unit} onChange={chooseUnit} error={error('unitId')} />
      <CategoryPicker categories={plan.data?.problemCategories ?? []} value={draft.category} onChange={(category) => change({ category })} error={error('category')} />
      <Field id="title" label={t('file.subject')} required error={error('title')}>
        <input id="title" className="p-input" maxLength={200} placeholder={t('file.subjectPlaceholder')} value={draft.title} onChange={(e) => change({ title: e.target.value })} {...describedBy('title', false, errors.title)} />
      </Field>
      <Field id="body" label={t('file.body')} required error={error('body')}>
        <textarea id="body" className="p-textarea" maxLength={5000} placeholder={t('file.bodyPlaceholder')} value={draft.body} onChange={(e) => change({ body: e.target.value })} {...describedBy('body', false, errors.body)} />
      </Field>
      <PhotoPicker value={draft.photos} onChange={(photos) => change({ photos })} error={error('photos')} />
      {Object.keys(errors).length > 0 && <div className="p-alert p-alert-error">{t('file.errors.fix')}</div>}
      {failed && <div className="p-alert p-alert-error">{failed}</div>}
      <button type="submit" className="p-btn p-btn-primary p-btn-block" disabled={file.isPending} data-testid="complaint-submit">
        {file.isPending ? t('file.submitting') : t('file.submit')}
      </button>
    </form>
  );
}
