import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../common/FormModal';
import { useFormProblem } from '../../../common/useFormProblem';
import { useChangeRound } from '../mutations';
import { evaluationProblemText } from '../problems';
import { RoundDateFields } from '../RoundDateFields';
import type { RoundDetail } from '../types';

const FIELDS = ['opensOn', 'closesOn'] as const;
const DAY = 'YYYY-MM-DD';

interface Values {
  opensOn: Dayjs;
  closesOn: Dayjs;
}

export function EditDatesModal({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeRound(round.id);
  const fieldProblem = useFormProblem(form, change.error, FIELDS);
  const problem = fieldProblem === null ? null : evaluationProblemText(change.error, t);
  const submit = (values: Values) =>
    change.mutate(
      { opensOn: values.opensOn.format(DAY), closesOn: values.closesOn.format(DAY) },
      {
        onSuccess: () => {
          void message.success(t('evaluations.round.datesSaved'));
          onClose();
        },
      },
    );
  return (
    <FormModal title={t('evaluations.round.editDates')} okText={t('actions.save')} form={form} busy={change.isPending} problem={problem} onClose={onClose}>
      <Form<Values> form={form} layout="vertical" requiredMark onFinish={submit} initialValues={{ opensOn: dayjs(round.opensOn), closesOn: dayjs(round.closesOn) }}>
        <RoundDateFields />
      </Form>
    </FormModal>
  );
}
