import { systemActor } from '../core/audit/audit.js';
import { writeIn } from '../core/http/change.js';
import { ROLES, type Role } from '../core/auth/roles.js';
import { sealPending } from '../core/audit/sealer.js';
import { badRequest } from '../core/errors.js';
import { createUser } from '../modules/accounts/store.js';
import { findUnitByName } from '../modules/units/store.js';
import { openRuntime } from '../server/runtime.js';
import { currentOf, loadCampaigns } from '../core/campaign.js';
import { args, cliConfig, readStdinLine, runCli } from './shared.js';

const usage =
  'usage: npm run user:create -- --username NAME --role ROLE [--unit "UNIT NAME" [--campaign CODE]] [--display-name NAME]  (password: one line on standard input; the unit is looked up in the registry of the campaign named, by default the current one)';

await runCli(async () => {
  const { values } = args({ username: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, campaign: { type: 'string' }, 'display-name': { type: 'string' } });
  if (!values.username || !values.role) throw badRequest(usage, [{ path: values.username ? 'role' : 'username', message: 'is required' }]);
  if (!(ROLES as readonly string[]).includes(values.role)) {
    throw badRequest(`Unknown role "${values.role}"`, [{ path: 'role', message: `must be one of ${ROLES.join(', ')}` }]);
  }
  const role = values.role as Role;
  const password = await readStdinLine();
  const runtime = await openRuntime(cliConfig(), 'user:create');
  try {
    const { ctx } = runtime;
    let unitId: number | null = null;
    if (values.unit) {
      const list = await loadCampaigns(ctx.db);
      const campaign = values.campaign === undefined ? currentOf(list) : list.find((c) => c.code === values.campaign);
      if (!campaign) throw badRequest(`No campaign "${values.campaign ?? '(current)'}"`, [{ path: 'campaign', message: 'no such campaign' }]);
      const unit = await findUnitByName(ctx.db, campaign.jurisdictionId, values.unit);
      if (!unit) throw badRequest(`No unit named "${values.unit}" in ${campaign.city}`, [{ path: 'unit', message: 'no such unit' }]);
      unitId = unit.id;
    }
    const actor = { ...systemActor(), username: 'cli:user:create' };
    const user = await ctx.db.transaction((tx) =>
      createUser(writeIn(tx, actor), { username: values.username as string, displayName: values['display-name'] ?? (values.username as string), role, unitId, password }),
    );
    await sealPending(ctx.db, ctx.config.auditKey);
    console.log(`Created user "${user.username}" (id ${user.id}, role ${user.role}${values.unit ? `, unit ${values.unit}` : ''}).`);
    if (role === 'office_admin' || role === 'auditor') console.log('Two-factor sign-in (TOTP) will be set up at the first sign-in.');
  } finally {
    await runtime.close();
  }
});
