import { loadConfig } from '../src/core/config.js';
import { startServer } from '../src/server/server.js';

// A server for benchmarks: the API only, configured by the environment like the real one.
const server = await startServer(loadConfig(), { serveWeb: false });
process.send?.({ ready: server.url });
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
// Dies with the benchmark that started it, even one that ended before it could stop it.
process.on('disconnect', () => process.exit(1));
