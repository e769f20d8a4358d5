import { verifyChain } from '../core/audit/verify.js';
import { openRuntime } from '../runtime.js';
import { cliConfig, runCli } from './shared.js';

await runCli(async () => {
  const runtime = await openRuntime(cliConfig(), 'audit:verify');
  try {
    const r = await verifyChain(runtime.ctx.db, runtime.ctx.config.auditKey);
    if (r.firstBroken) {
      console.error(`BROKEN: audit row id ${r.firstBroken.id} (seq ${r.firstBroken.seq}): ${r.firstBroken.reason}. ${r.checked} row(s) before it verified.`);
      process.exitCode = 2;
    } else if (r.unsealed > 0) {
      console.error(`WARNING: ${r.checked} row(s) verified, but ${r.unsealed} row(s) have stayed unsealed too long: is a server running its sealer?`);
      process.exitCode = 3;
    } else {
      console.log(`OK: ${r.checked} audit row(s) verified, chain intact.`);
    }
  } finally {
    await runtime.close();
  }
});
