import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}

/** A labelled field with its hint and error, wired for screen readers through the ids. */
export function Field({ id, label, required = false, hint, error, children }: FieldProps) {
  return (
    <div className="p-field">
      <label className="p-label" htmlFor={id}>
        {label}
        {required && <span className="p-req" aria-hidden>*</span>}
      </label>
      {children}
      {hint && <div className="p-hint" id={`${id}-hint`}>{hint}</div>}
      {error && (
        <div className="p-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** The aria attributes an input needs to point at its hint and error. */
export function describedBy(id: string, hint: boolean, error: unknown): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': Boolean(error), ...(ids ? { 'aria-describedby': ids } : {}) };
}
