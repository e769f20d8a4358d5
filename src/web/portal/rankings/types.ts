// The public rankings, from the server's contract (publicRankingListOut, publicRankingOut).
export type { PublicRanking, PublicRankingList } from '../../../modules/evaluations/contract';
