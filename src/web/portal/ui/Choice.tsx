import type { ReactNode } from 'react';

interface ChoiceProps {
  checked: boolean;
  onSelect: () => void;
  children: ReactNode;
  testId?: string;
}

/** One option of a radio group drawn as a large card, easy to hit with a thumb. */
export function Choice({ checked, onSelect, children, testId }: ChoiceProps) {
  return (
    <button type="button" role="radio" aria-checked={checked} className="p-option" onClick={onSelect} data-testid={testId}>
      {children}
    </button>
  );
}
