import { useTranslation } from 'react-i18next';
import { usePortalPlan } from './queries';
import type { PortalPlan } from './types';

/** The office the plan names, by its short name where it has one; null when the plan names none. */
export function officeName(plan: Pick<PortalPlan, 'organisation'> | undefined): string | null {
  const office = plan?.organisation?.office;
  return office ? (office.shortName ?? office.name) : null;
}

/** How the portal names the office that handles complaints: as the plan names it, else in general words. */
export function useOfficeName(): string {
  const { t } = useTranslation('portal');
  return officeName(usePortalPlan().data) ?? t('office');
}
