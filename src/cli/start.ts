import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { WEB_DIR } from '../server/app.js';
import { startServer } from '../server/server.js';
import { cliConfig, runCli } from './shared.js';

await runCli(async () => {
  const config = cliConfig();
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) {
    console.log('Building the web application (first start)…');
    await build({ configFile: path.resolve(WEB_DIR, '../../vite.config.ts'), logLevel: 'warn' });
  }
  const server = await startServer(config);
  const db = config.DATABASE_URL ? 'PostgreSQL server' : `embedded PostgreSQL in ${path.resolve(config.DATA_DIR)}`;
  console.log(`政风建设监督平台 is serving ${server.url} (${db}); API docs at ${server.url}/api/docs`);
  if (config.keySource === 'data-dir') {
    console.log(`Keys: generated into ${path.join(path.resolve(config.DATA_DIR), 'keys.json')}; set AUDIT_KEY and DATA_KEY in production.`);
  }
  if (server.setupUrl) {
    console.log('\nNo administrator yet. Open this one-time link (valid 24 hours) to set the first administrator\'s password:');
    console.log(`  ${server.setupUrl}`);
    console.log('or create one with: npm run user:create -- --username admin --role office_admin (password on standard input)\n');
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
});
