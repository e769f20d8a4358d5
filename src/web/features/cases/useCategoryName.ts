import { useCallback } from 'react';
import { usePlan } from '../plan/queries';

/** Problem categories are codes on a case; their names come from the campaign plan. */
export function useCategoryName(): (code: string) => string {
  const plan = usePlan();
  const categories = plan.data?.problemCategories;
  return useCallback((code: string) => categories?.find((category) => category.code === code)?.name ?? code, [categories]);
}
