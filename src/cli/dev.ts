import { spawn } from 'node:child_process';
import { createServer } from 'vite';

// The API server restarts on change; Vite serves the web application with hot reload and
// proxies /api to it (vite.config.ts).
const api = spawn(process.execPath, ['--watch', '--import', 'tsx', 'src/cli/start.ts'], { stdio: 'inherit' });
const web = await createServer({ configFile: 'vite.config.ts' });
await web.listen();
web.printUrls();

const stop = () => {
  api.kill('SIGTERM');
  void web.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
