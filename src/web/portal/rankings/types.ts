/** The public rankings, as in src/modules/evaluations/schema.ts (publicRankingListOut, publicRankingOut). */

export interface PublicRankingList {
  items: { period: string; version: number; publishedAt: string }[];
}

export interface PublicRanking {
  period: string;
  version: number;
  publishedAt: string;
  /** Newest first; a later version is a correction and its note says what changed. */
  versions: { version: number; publishedAt: string; note: string | null }[];
  panels: { code: string; name: string }[];
  units: { rank: number | null; unitName: string; combined: number | null; panels: Record<string, number | null> }[];
}
