import type { ReactNode } from 'react';

/** A key as the keyboard shows it. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd
      style={{
        display: 'inline-block',
        minWidth: 18,
        padding: '0 5px',
        border: '1px solid #d9d9d9',
        borderBottomWidth: 2,
        borderRadius: 4,
        background: '#fafafa',
        color: 'rgba(0,0,0,0.65)',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
        fontSize: 11,
        lineHeight: '16px',
        textAlign: 'center',
      }}
    >
      {children}
    </kbd>
  );
}
