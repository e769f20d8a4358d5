import type { TFunction } from 'i18next';
import { ApiError } from '../common/api';

/** A citizen-facing sentence for a failed request; the server's English never reaches the page. */
export function portalProblem(error: unknown, t: TFunction<'portal'>): string {
  if (!(error instanceof ApiError) || error.status >= 500) return t('problems.server');
  if (error.status === 0) return t('problems.network');
  if (error.status === 429) return t('problems.rateLimited');
  return t('problems.generic');
}
