import { useCallback } from 'react';
import { usePlan } from '../../plan/queries';

/**
 * Panel codes named and ordered as in the campaign plan, which every console role may read
 * (the liaison's own results carry only the codes).
 */
export function usePanelNames(): { name: (code: string) => string; order: (codes: readonly string[]) => string[] } {
  const panels = usePlan().data?.measures?.evaluationPanels;
  const name = useCallback((code: string) => panels?.find((panel) => panel.code === code)?.name ?? code, [panels]);
  const order = useCallback(
    (codes: readonly string[]) => {
      const position = (code: string) => {
        const index = panels?.findIndex((panel) => panel.code === code) ?? -1;
        return index === -1 ? Number.MAX_SAFE_INTEGER : index;
      };
      return [...codes].sort((a, b) => position(a) - position(b) || a.localeCompare(b));
    },
    [panels],
  );
  return { name, order };
}
