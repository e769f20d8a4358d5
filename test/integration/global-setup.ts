import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPg } from '../../src/core/db/client.js';
import { migrate } from '../../src/core/db/migrate.js';

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

/**
 * On PostgreSQL (TEST_DB=pg) migrates one template database per run; every test file then gets
 * its own database cloned from it, and all of them are dropped at the end.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'pg') {
    project.provide('pgTemplate', null);
    return;
  }
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const template = `zf_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const database = await openPg(PG_ADMIN_URL.replace(/\/[^/]*$/, `/${template}`), 2);
  await migrate(database);
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'zf\\_t\\_${runId}%' or datname = $1`,
      [template],
    );
    for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    await admin.end();
  };
}
