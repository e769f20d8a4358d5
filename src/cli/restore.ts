import { restore } from '../backup.js';
import { badRequest } from '../core/errors.js';
import { loadConfig } from '../core/config.js';
import { args, runCli } from './shared.js';

// npm run restore -- <file>: into an empty database or data folder, then checked.
await runCli(async () => {
  const { positionals } = args({}, true);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw badRequest('usage: npm run restore -- <file>');
  // Without the backed-up installation's keys its sealed data and audit chain cannot be read:
  // no new key may be generated into an empty data folder.
  const report = await restore(loadConfig(undefined, { generateKeys: false }), file);
  const rows = Object.values(report.counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${Object.keys(report.counts).length} tables, ${rows} rows.`);
  if (report.mismatches.length) {
    console.error(`MISMATCH with the backup's manifest:\n  ${report.mismatches.join('\n  ')}`);
    process.exitCode = 4;
  } else console.log('Every table holds as many rows as the backup recorded.');
  if (report.chain.firstBroken) {
    console.error(`BROKEN audit chain at row id ${report.chain.firstBroken.id}: ${report.chain.firstBroken.reason}`);
    process.exitCode = 2;
  } else console.log(`Audit chain intact: ${report.chain.checked} row(s) verified.`);
});
