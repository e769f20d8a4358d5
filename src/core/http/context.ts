import type { Actor } from '../audit/audit.js';
import type { CampaignRow } from '../campaign.js';
import type { AuditSealer } from '../audit/sealer.js';
import type { Role } from '../auth/roles.js';
import type { SessionCache } from '../auth/session-cache.js';
import type { Config } from '../config.js';
import type { SealedBox } from '../crypto/sm.js';
import type { AnnouncedValue } from '../db/announced-value.js';
import type { Database, Db } from '../db/client.js';
import type { WorkCalendar } from '../calendar/workdays.js';

/** Who may call a route: anyone, any signed-in user, or the listed roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type SessionUser = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  totpEnabled: boolean;
  totpEnrollmentRequired: boolean;
};

export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  sealer: AuditSealer;
  /** Sessions read lately; forget a user's or a session's entries after changing them. */
  sessionCache: SessionCache;
  /** The working-day calendar with the office's overrides, kept until a change is announced. */
  calendar: AnnouncedValue<WorkCalendar>;
  /** The current campaign, kept until a change to the campaigns is announced; read it through `req.campaign()`. */
  campaign: AnnouncedValue<CampaignRow | null>;
  /** Seals secrets at rest (TOTP seeds). */
  secrets: SealedBox;
  /** Keyed hash under which public receipts are stored; the receipt itself never is. */
  receiptHash(receipt: string): string;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable by a signed-in user who still has to enrol a second factor. */
    duringEnrolment?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    session: { tokenHash: string; csrfToken: string } | null;
    actor: Actor;
    /** The current campaign, resolved once per request. */
    campaign(): Promise<CampaignRow>;
  }
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** The signed-in user; routes whose access is not 'public' are only reached with one. */
export function currentUser(req: { user: SessionUser | null }): SessionUser {
  if (!req.user) throw new Error('route reached without a user: its access config is wrong');
  return req.user;
}
