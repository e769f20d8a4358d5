import { sql } from 'drizzle-orm';
import { rows, type Queryable } from '../db/client.js';
import { notFound } from '../errors.js';
import type { SessionUser } from '../http/context.js';

/** A unit and all units below it in the registry. */
export async function unitAndDescendants(db: Queryable, unitId: number): Promise<Set<number>> {
  const found = await rows<{ id: number }>(
    db,
    sql`with recursive tree(id) as (
          select id from units where id = ${unitId}
          union
          select u.id from units u join tree t on u.parent_id = t.id
        ) select id from tree`,
  );
  return new Set(found.map((r) => Number(r.id)));
}

/**
 * Unit-scoped records: a unit liaison reaches only its own unit and the units below it. Anything
 * else answers exactly like a record that does not exist (404), so nothing can be probed.
 */
export async function assertUnitInScope(db: Queryable, user: SessionUser, unitId: number): Promise<void> {
  if (user.role !== 'unit_liaison') return;
  if (user.unitId === null || !(await unitAndDescendants(db, user.unitId)).has(unitId)) throw notFound('No such unit');
}
