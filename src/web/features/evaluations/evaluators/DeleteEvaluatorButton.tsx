import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteEvaluator } from '../mutations';
import { evaluationProblemText } from '../problems';
import type { Evaluator } from '../types';

/** Deletes an evaluator who was never invited; the server keeps anyone with an invitation, for the record. */
export function DeleteEvaluatorButton({ evaluator }: { evaluator: Evaluator }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const remove = useDeleteEvaluator();
  const run = () =>
    remove.mutate(evaluator.id, {
      onSuccess: () => void message.success(t('evaluations.evaluators.deleted', { name: evaluator.name })),
      onError: (error) =>
        void modal.warning({
          title: t('evaluations.evaluators.cannotDelete', { name: evaluator.name }),
          content: evaluationProblemText(error, t),
          okText: t('evaluations.remind.close'),
        }),
    });
  return (
    <Popconfirm
      title={t('evaluations.evaluators.confirmDelete', { name: evaluator.name })}
      okText={t('evaluations.evaluators.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('actions.cancel')}
      onConfirm={run}
    >
      <Button size="small" type="link" danger loading={remove.isPending} onClick={(event) => event.stopPropagation()}>
        {t('evaluations.evaluators.delete')}
      </Button>
    </Popconfirm>
  );
}
