/**
 * The journeys' accounts, made in one process (as `npm run user:create` makes one): the accounts
 * come as JSON on standard input, each unit is looked up in the current campaign's registry.
 * One process opens the data directory, runs its migrations and imports the plan once, instead of
 * once per account.
 */
import { systemActor } from '../../src/core/audit/audit.js';
import { sealPending } from '../../src/core/audit/sealer.js';
import type { Role } from '../../src/core/auth/roles.js';
import { currentOf, loadCampaigns } from '../../src/core/campaign.js';
import { writeIn } from '../../src/core/http/change.js';
import { cliConfig, runCli } from '../../src/cli/shared.js';
import { createUser } from '../../src/modules/accounts/store.js';
import { findUnitByName } from '../../src/modules/units/store.js';
import { openRuntime } from '../../src/server/runtime.js';
import type { NewAccount } from './server.js';

await runCli(async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const accounts = JSON.parse(Buffer.concat(chunks).toString('utf8')) as NewAccount[];
  const runtime = await openRuntime(cliConfig(), 'test:accounts');
  try {
    const { ctx } = runtime;
    const campaign = currentOf(await loadCampaigns(ctx.db));
    if (!campaign) throw new Error('no current campaign');
    const actor = { ...systemActor(), username: 'cli:user:create' };
    for (const account of accounts) {
      const unit = account.unit ? await findUnitByName(ctx.db, campaign.jurisdictionId, account.unit) : null;
      if (account.unit && !unit) throw new Error(`no unit named ${account.unit}`);
      await ctx.db.transaction((tx) =>
        createUser(writeIn(tx, actor), { username: account.username, displayName: account.displayName, role: account.role as Role, unitId: unit?.id ?? null, password: account.password }),
      );
    }
    await sealPending(ctx.db, ctx.config.auditKey);
  } finally {
    await runtime.close();
  }
});
