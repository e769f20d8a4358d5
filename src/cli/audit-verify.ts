import { existsSync } from 'node:fs';
import { defaultCheckpointFiles } from '../core/audit/anchor.js';
import { verifyChain } from '../core/audit/verify.js';
import { badRequest } from '../core/errors.js';
import { openRuntime } from '../server/runtime.js';
import { args, cliConfig, runCli } from './shared.js';

// npm run audit:verify [-- --checkpoints FILE …]: the chain, against the checkpoints in FILE (the
// sealer's DATA_DIR/audit-checkpoints.jsonl of any instance, or receipts the auditor downloaded);
// without the flag, this DATA_DIR's checkpoint file if there is one.
await runCli(async () => {
  const { values } = args({ checkpoints: { type: 'string', multiple: true } });
  const config = cliConfig();
  const files = values.checkpoints ?? defaultCheckpointFiles(config.DATA_DIR);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw badRequest(`No checkpoint file at ${missing.join(', ')}`, missing.map((f) => ({ path: '--checkpoints', message: `${f} does not exist` })));
  const runtime = await openRuntime(config, 'audit:verify');
  try {
    const r = await verifyChain(runtime.ctx.db, runtime.ctx.config.auditKey, { checkpointFiles: files });
    for (const p of r.problems) console.error(`${p.kind.toUpperCase()}: ${p.message}`);
    if (r.firstBroken) {
      console.error(`BROKEN: audit row id ${r.firstBroken.id} (seq ${r.firstBroken.seq}): ${r.firstBroken.reason}. ${r.checked} row(s) before it verified.`);
      process.exitCode = 2;
    } else if (r.problems.length > 0) {
      console.error(`BROKEN: ${r.checked} row(s) chained, but the trail was tampered with (above).`);
      process.exitCode = 2;
    } else if (r.unsealed > 0) {
      console.error(`WARNING: ${r.checked} row(s) verified, but ${r.unsealed} row(s) have stayed unsealed too long: is a server running its sealer?`);
      process.exitCode = 3;
    } else {
      const anchors = r.checkpoints ? `against ${r.checkpoints} checkpoint(s)` : 'no checkpoint given: the newest end is not anchored';
      console.log(`OK: ${r.checked} audit row(s) verified, chain intact (${anchors}).`);
    }
  } finally {
    await runtime.close();
  }
});
