import { badRequest } from '../core/errors.js';
import { importPlanFile, openRuntime } from '../server/runtime.js';
import { args, cliConfig, runCli } from './shared.js';

await runCli(async () => {
  const { values, positionals } = args({ current: { type: 'boolean', default: false } }, true);
  const file = positionals[0];
  if (!file) throw badRequest('usage: npm run plan:import -- FILE [--current]', [{ path: 'FILE', message: 'is required' }]);
  const runtime = await openRuntime(cliConfig(), 'plan:import');
  try {
    const s = await importPlanFile(runtime.ctx, file, values.current ?? false);
    console.log(
      `${s.created ? 'Imported' : 'Re-imported'} ${file} as campaign ${s.campaignId}` +
        `${s.current ? ' (current)' : ''}; ${s.unitsCreated} new unit(s) in the registry.`,
    );
  } finally {
    await runtime.close();
  }
});
