import { restore } from '../server/backup.js';
import { badRequest } from '../core/errors.js';
import { loadConfig } from '../core/config.js';
import { args, runCli } from './shared.js';

// npm run restore -- <file> [--checkpoints FILE …]: into an empty database or data folder, then
// checked (the audit chain also against the given checkpoint files or receipts).
await runCli(async () => {
  const { positionals, values } = args({ checkpoints: { type: 'string', multiple: true } }, true);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw badRequest('usage: npm run restore -- <file> [--checkpoints FILE]');
  // Without the backed-up installation's keys its sealed data and audit chain cannot be read:
  // no new key may be generated into an empty data folder.
  const report = await restore(loadConfig(undefined, { generateKeys: false }), file, { checkpointFiles: values.checkpoints ?? [] });
  const rows = Object.values(report.counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${Object.keys(report.counts).length} tables, ${rows} rows.`);
  if (report.mismatches.length) {
    console.error(`MISMATCH with the backup's manifest:\n  ${report.mismatches.join('\n  ')}`);
    process.exitCode = 4;
  } else console.log('Every table holds as many rows as the backup recorded.');
  for (const p of report.chain.problems) console.error(`${p.kind.toUpperCase()}: ${p.message}`);
  if (report.chain.firstBroken) {
    console.error(`BROKEN audit chain at row id ${report.chain.firstBroken.id}: ${report.chain.firstBroken.reason}`);
    process.exitCode = 2;
  } else if (report.chain.problems.length > 0) {
    console.error('BROKEN audit trail: see above.');
    process.exitCode = 2;
  } else console.log(`Audit chain intact: ${report.chain.checked} row(s) verified.`);
});
