import { AppError, badRequest } from '../core/errors.js';
import { sqlState } from '../core/http/problem.js';
import { validatePlan } from '../modules/plan/rules.js';
import { importPlanFile, openRuntime, readPlanFile } from '../server/runtime.js';
import { args, cliConfig, runCli } from './shared.js';

await runCli(async () => {
  const { values, positionals } = args({ current: { type: 'boolean', default: false } }, true);
  const file = positionals[0];
  if (!file) throw badRequest('usage: npm run plan:import -- FILE [--current]', [{ path: 'FILE', message: 'is required' }]);
  // The file is read and checked before the database is opened: a wrong plan (every error of it,
  // one per line) is refused without touching the database.
  const checked = validatePlan(await readPlanFile(file));
  if (!checked.ok) throw badRequest(`${file}: the plan has ${checked.errors.length} error(s); nothing was imported`, checked.errors);
  const runtime = await openRuntime(cliConfig(), 'plan:import');
  try {
    const s = await importPlanFile(runtime.ctx, file, values.current ?? false);
    console.log(
      `${s.created ? 'Imported' : 'Re-imported'} ${file} as campaign ${s.campaignId}` +
        `${s.current ? ' (current)' : ''}; ${s.unitsCreated} new unit(s) in the registry.`,
    );
  } catch (err) {
    // Anything else the database refuses is said in one line, without its stack.
    const state = sqlState(err);
    if (err instanceof AppError || state === null) throw err;
    throw badRequest(`${file}: the database refused the plan (SQLSTATE ${state}: ${(err as { cause?: Error }).cause?.message ?? (err as Error).message}); nothing was imported`);
  } finally {
    await runtime.close();
  }
});
