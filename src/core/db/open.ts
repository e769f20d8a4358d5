import type { Config } from '../config.js';
import { openPg, openPglite, type Database } from './client.js';
import { migrate } from './migrate.js';

/** Opens the configured database (PGlite in DATA_DIR, or the server at DATABASE_URL) and migrates it. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>): Promise<Database> {
  const database = config.DATABASE_URL
    ? await openPg(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
    : await openPglite(`${config.DATA_DIR}/pg`);
  try {
    await migrate(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
