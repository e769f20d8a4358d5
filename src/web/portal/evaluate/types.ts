// The evaluator's side of the evaluation routes, from the server's contract; nothing is restated here.
export { LEVELS, OVERALL } from '../../../modules/evaluations/contract';
export type { AnswerIn, Level, Questionnaire, QuestionnaireUnit as Named, Saved, Submitted } from '../../../modules/evaluations/contract';
