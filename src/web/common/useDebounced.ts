import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms`: searches wait for the typing (or an IME
 * composition) to pause instead of asking the server on every character.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
