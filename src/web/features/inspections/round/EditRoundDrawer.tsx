import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeRound } from '../mutations';
import { RoundFormDrawer } from '../RoundFormDrawer';
import { roundChangeBody, roundValuesOf, type RoundValues } from '../roundValues';
import type { RoundDetail } from '../types';

/** Changes a round that is not closed: its title, days, units, team and notes (its kind stays). */
export function EditRoundDrawer({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangeRound(round.id);
  const submit = (values: RoundValues) =>
    change.mutate(roundChangeBody(values), {
      onSuccess: () => {
        void message.success(t('inspections.round.saved'));
        onClose();
      },
    });
  return (
    <RoundFormDrawer
      title={t('inspections.round.editTitle')}
      submitText={t('actions.save')}
      initialValues={roundValuesOf(round)}
      withKind={false}
      knownUnits={Object.fromEntries(round.units.map((unit) => [unit.id, unit.name]))}
      knownMembers={Object.fromEntries(round.members.map((member) => [member.id, member.displayName]))}
      pending={change.isPending}
      error={change.error}
      onSubmit={submit}
      onClose={onClose}
    />
  );
}
