// The evaluation codes' words come from the evaluations contract's catalogue, as every code's do:
// the evaluation pages word a failed request as every page does.
export { problemText as evaluationProblemText } from '../../common/problems';
