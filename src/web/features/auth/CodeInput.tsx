import { Input } from 'antd';
import type { ChangeEvent } from 'react';

interface CodeInputProps {
  value?: string;
  onChange?: (value: string) => void;
  autoFocus?: boolean;
  id?: string;
}

/** A six-digit one-time code field that ignores anything but digits. */
export function CodeInput({ value, onChange, autoFocus, id }: CodeInputProps) {
  return (
    <Input
      id={id}
      value={value}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      autoFocus={autoFocus}
      placeholder="000000"
      style={{ letterSpacing: '0.4em', fontVariantNumeric: 'tabular-nums', fontSize: 20, textAlign: 'center' }}
    />
  );
}

export const CODE_PATTERN = /^\d{6}$/;
