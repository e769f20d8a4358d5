import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriod } from './periods';

/**
 * The chosen period lives in the address bar (?period=2011Q3), so a reload or a link from one
 * evaluation page to another keeps it; without one the fallback (the current period) is used.
 */
export function usePeriodParam(fallback: string | undefined): [string | null, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const period = asked && parsePeriod(asked) ? asked : (fallback ?? null);
  const choose = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('period', next);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [period, choose];
}
