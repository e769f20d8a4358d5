import { INVITATION_PROBLEMS, type InvitationProblem } from '../../../modules/evaluations/contract';
import { ApiError } from '../../common/api';
import { problemCode } from '../../common/problemWords';

/** Why an evaluator's link does not work (the end of the problem's `type`): the evaluations contract's codes. */
export const LINK_PROBLEMS = INVITATION_PROBLEMS;
export type LinkProblem = InvitationProblem;

export function linkProblem(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError)) return null;
  const code = problemCode(error.problem);
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
