import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersToParams, parseFilters, type CaseFilters, type SortKey } from './caseFilters';

/**
 * The list's filters live in the address bar, so a reload, the back button or a shared link
 * brings back the same list. Changes replace the entry rather than pile up history.
 */
export function useCaseFilters(defaultSort: SortKey): [CaseFilters, (change: Partial<CaseFilters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params, defaultSort), [params, defaultSort]);
  const update = useCallback(
    (change: Partial<CaseFilters>) => setParams(filtersToParams({ ...filters, ...change }, defaultSort), { replace: true }),
    [filters, defaultSort, setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return [filters, update, reset];
}
