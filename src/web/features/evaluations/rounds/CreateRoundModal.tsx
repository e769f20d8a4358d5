import { Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../common/format';
import { FormModal } from '../../../common/FormModal';
import { useFormProblem } from '../../../common/useFormProblem';
import { clampDay } from '../../plan/campaignClock';
import { usePlan } from '../../plan/queries';
import { useCreateRound } from '../mutations';
import { roundPeriodChoices } from '../periods';
import { evaluationProblemText } from '../problems';
import { RoundDateFields } from '../RoundDateFields';
import { UnitSearchSelect } from '../evaluators/UnitSearchSelect';
import type { Overview, Round } from '../types';
import { usePeriodLabel } from '../usePeriodLabel';

const FIELDS = ['panel', 'period', 'opensOn', 'closesOn', 'unitIds'] as const;
const DAY = 'YYYY-MM-DD';
/** How long a new round is open unless changed: two weeks, or to the campaign's end if sooner. */
const OPEN_DAYS = 14;

interface Values {
  panel: string;
  period: string;
  opensOn: Dayjs;
  closesOn: Dayjs;
  /** Empty: every monitored unit. */
  unitIds?: number[];
}

interface CreateRoundModalProps {
  overview: Overview;
  /** The period the page shows and its rounds: a panel that already has one there is not offered again. */
  period: string;
  rounds: Round[];
  onClose: () => void;
}

/** A new round for one panel and period; it covers every monitored unit unless changed later. */
export function CreateRoundModal({ overview, period, rounds, onClose }: CreateRoundModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const [form] = Form.useForm<Values>();
  const create = useCreateRound();
  const fieldProblem = useFormProblem(form, create.error, FIELDS);
  const problem = fieldProblem === null ? null : evaluationProblemText(create.error, t);
  const monitored = usePlan().data?.counts.monitoredUnits;
  const panelCode = Form.useWatch('panel', form);
  const chosenPeriod = Form.useWatch('period', form);
  const panel = overview.panels.find((candidate) => candidate.code === panelCode);
  // The periods follow the plan's rhythm for the panel; without a panel there is none to follow.
  const frequency = panel?.frequency ?? overview.panels[0]?.frequency;
  // Only periods that share days with the campaign, which may run into a second year.
  const choices = frequency ? roundPeriodChoices(overview.currentPeriod, frequency, overview.campaign) : [overview.currentPeriod];
  // A new round opens today, or on the campaign's nearest day when today falls outside it.
  const opensOn = clampDay(overview.campaign, todayIso());
  const closesOn = clampDay(overview.campaign, dayjs(opensOn).add(OPEN_DAYS, 'day').format(DAY));
  const initialPeriod = choices.includes(period) ? period : choices.includes(overview.currentPeriod) ? overview.currentPeriod : choices.at(-1);
  const taken = new Set(chosenPeriod === period ? rounds.map((round) => round.panel) : []);
  const firstFree = overview.panels.find((candidate) => !rounds.some((round) => round.panel === candidate.code));
  const submit = (values: Values) =>
    create.mutate(
      {
        panel: values.panel,
        period: values.period,
        opensOn: values.opensOn.format(DAY),
        closesOn: values.closesOn.format(DAY),
        ...(values.unitIds && values.unitIds.length > 0 ? { unitIds: values.unitIds } : {}),
      },
      { onSuccess: (round) => void navigate(`/evaluations/rounds/${round.id}`) },
    );
  return (
    <FormModal title={t('evaluations.create.title')} okText={t('evaluations.create.submit')} form={form} busy={create.isPending} problem={problem} problemTestId="create-round-problem" width={560} onClose={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark
        onFinish={submit}
        initialValues={{ panel: firstFree?.code, period: initialPeriod, opensOn: dayjs(opensOn), closesOn: dayjs(closesOn) }}
      >
        <Form.Item name="panel" label={t('evaluations.create.panel')} rules={[{ required: true, message: t('evaluations.create.panelRequired') }]}>
          <Select<string>
            options={overview.panels.map((candidate) => ({
              value: candidate.code,
              label: taken.has(candidate.code) ? t('withNote', { text: candidate.name, note: t('evaluations.create.hasRound') }) : candidate.name,
              disabled: taken.has(candidate.code),
            }))}
          />
        </Form.Item>
        <Form.Item name="period" label={t('evaluations.period')} rules={[{ required: true, message: t('evaluations.create.periodRequired') }]}>
          <Select<string> options={choices.map((value) => ({ value, label: periodLabel(value) }))} />
        </Form.Item>
        <RoundDateFields campaign={overview.campaign} />
        <Form.Item
          name="unitIds"
          label={t('evaluations.create.units')}
          extra={monitored === undefined ? t('evaluations.create.unitsDefault') : t('evaluations.create.unitsDefaultCount', { count: monitored })}
          style={{ marginBottom: 0 }}
        >
          <UnitSearchSelect multiple placeholder={t('evaluations.create.unitsPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
