// The inspection routes' shapes and enums come from the server's contract; nothing is restated here.
export { ROUND_KINDS, ROUND_STATUSES } from '../../../modules/inspections/contract';
export type {
  ExternalMember,
  FiledFinding as FiledCase,
  Finding,
  FindingChange,
  Inspector,
  NewFinding,
  NewRound,
  Round,
  RoundChange,
  RoundDetail,
  RoundKind,
  RoundQuery,
  RoundStatus,
} from '../../../modules/inspections/contract';
