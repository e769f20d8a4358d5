import { auditWriteBench } from './audit-write.js';
import { caseListBench } from './case-list.js';
import { crashBench } from './crash.js';
import { evaluationScoringBench } from './evaluation-scoring.js';
import { intakeBench } from './intake.js';
import { soakBench } from './soak.js';

// Benchmarks print figures measured in the same run; they are not tests and assert nothing,
// except crash, which throws when what survived the kills does not check out.
// `npm run bench` runs them all; `npm run bench -- intake` runs one.
const all: Record<string, () => Promise<void>> = { audit: auditWriteBench, intake: intakeBench, 'case-list': caseListBench, 'evaluation-scoring': evaluationScoringBench, soak: soakBench, crash: crashBench };
const chosen = process.argv.slice(2);
for (const name of chosen.length ? chosen : Object.keys(all)) {
  const run = all[name];
  if (!run) throw new Error(`unknown benchmark "${name}"; choose from ${Object.keys(all).join(', ')}`);
  await run();
}
