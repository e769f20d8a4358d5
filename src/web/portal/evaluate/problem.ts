import { ApiError } from '../../api';

/** Why an evaluator's link does not work (the end of the problem's `type`). */
export const LINK_PROBLEMS = ['unknown_token', 'wrong_round', 'invitation_submitted', 'round_closed', 'round_not_open'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

export function linkProblem(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError)) return null;
  const code = error.problem.type?.split('#').pop() ?? '';
  return (LINK_PROBLEMS as readonly string[]).includes(code) ? (code as LinkProblem) : null;
}

/**
 * What opening the questionnaire failed on: a link problem, or (null) a passing one worth retrying.
 * A refusal without a code (the token's form, an unknown round) means the link is not valid either.
 */
export function openProblem(error: unknown): LinkProblem | null {
  const known = linkProblem(error);
  if (known) return known;
  if (error instanceof ApiError && (error.status === 400 || error.status === 404)) return 'unknown_token';
  return null;
}
