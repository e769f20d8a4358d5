/** How scores and rates are written in the evaluation pages. Pure. */

/** A score as the portal writes it too (one decimal, e.g. 86.4); null (no score) is left to the caller. */
export { scoreText as formatScore } from '../../../modules/evaluations/contract';

/** A signed change to one decimal: +1.2, -0.5, 0.0. */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
}

/** A share (0–1) as a whole percentage for a progress bar, never above 100. */
export function ratePercent(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 0;
  return Math.min(100, Math.round(rate * 1000) / 10);
}
