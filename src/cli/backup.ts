import { backup } from '../server/backup.js';
import { badRequest } from '../core/errors.js';
import { args, cliConfig, runCli } from './shared.js';

// npm run backup -- <file>: the whole database in one file, and <file>.json describing it.
await runCli(async () => {
  const { positionals } = args({}, true);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw badRequest('usage: npm run backup -- <file>');
  const manifest = await backup(cliConfig(), file);
  const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  console.log(`Backed up the ${manifest.engine === 'pg' ? 'PostgreSQL' : 'embedded'} database to ${file}: ${Object.keys(manifest.counts).length} tables, ${rows} rows (${file}.json lists them).`);
  console.log('The keys (AUDIT_KEY, DATA_KEY or DATA_DIR/keys.json) are not in the backup: keep a copy of them elsewhere.');
});
