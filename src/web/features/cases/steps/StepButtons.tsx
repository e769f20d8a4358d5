import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepLabel } from '../labels';
import { oneOf } from '../../../common/oneOf';
import { STEPS, type CaseDetail, type Step } from '../types';
import { deadlineStepLabel } from './extension';
import { StepModal } from './StepModal';

// The step that moves a case forward is the obvious one; refusals and rework are marked.
const FORWARD: readonly Step[] = ['accept', 'assign', 'respond', 'verify_close', 'follow_up'];
const DANGER: readonly Step[] = ['reject', 'return', 'escalate'];

/** Exactly the steps the server says this user may take now, each opening its form. */
export function StepButtons({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Step | null>(null);
  const steps = detail.allowedActions.filter((action): action is Step => oneOf(STEPS, action));
  if (steps.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="case-steps">
      {steps.map((step) => (
        <Button key={step} type={FORWARD.includes(step) ? 'primary' : 'default'} danger={DANGER.includes(step)} onClick={() => setOpen(step)}>
          {step === 'grant_extension' ? deadlineStepLabel(t, detail.timeline) : stepLabel(t, step)}
        </Button>
      ))}
      {open && <StepModal step={open} detail={detail} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
