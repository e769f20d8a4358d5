import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../common/format';
import { newIdempotencyKey } from '../../../common/idempotencyKey';
import { phasesSpan } from '../../plan/campaignClock';
import { usePlan } from '../../plan/queries';
import { useCreateRound } from '../mutations';
import { RoundFormDrawer } from '../RoundFormDrawer';
import { newRoundBody, newRoundValues, planRoundKinds, type RoundValues } from '../roundValues';

/** Plans a new round and opens it. The key stays the same for every retry of this drawer. */
export function CreateRoundDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const create = useCreateRound();
  // The form starts from the plan: its first kind of inspection, and a day within the campaign.
  const plan = usePlan();
  const initialValues = plan.data ? newRoundValues(planRoundKinds(plan.data.measures?.inspections), phasesSpan(plan.data.phases), todayIso()) : {};
  const submit = (values: RoundValues) =>
    create.mutate({ body: newRoundBody(values), key }, { onSuccess: ({ id }) => void navigate(`/inspections/${id}`) });
  return (
    <RoundFormDrawer
      title={t('inspections.create.title')}
      submitText={t('inspections.create.submit')}
      initialValues={initialValues}
      withKind
      loading={plan.isPending}
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    />
  );
}
