import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../../common/idempotencyKey';
import { useCreateRound } from '../mutations';
import { RoundFormDrawer } from '../RoundFormDrawer';
import { newRoundBody, type RoundValues } from '../roundValues';

/** Plans a new round and opens it. The key stays the same for every retry of this drawer. */
export function CreateRoundDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const create = useCreateRound();
  const submit = (values: RoundValues) =>
    create.mutate({ body: newRoundBody(values), key }, { onSuccess: ({ id }) => void navigate(`/inspections/${id}`) });
  return (
    <RoundFormDrawer
      title={t('inspections.create.title')}
      submitText={t('inspections.create.submit')}
      initialValues={{ kind: 'open', startsOn: dayjs(), endsOn: dayjs(), unitIds: [], memberIds: [], externalMembers: [] }}
      withKind
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    />
  );
}
