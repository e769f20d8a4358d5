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
  /** The jurisdiction of the user's unit (their campaigns); null for a user of no unit, who may look at every campaign. */
  jurisdictionId: number | null;
  /** The campaign the user chose to look at; null: the current one. */
  viewingCampaignId: number | null;
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
  /** Every campaign, kept until a change to the campaigns is announced; read a request's through `req.campaign()`. */
  campaigns: AnnouncedValue<CampaignRow[]>;
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
    /** The campaign the request is about (the user's choice, or the current one), or the one named by code if the user may look at it. */
    campaign(code?: string): Promise<CampaignRow>;
    /** The same, for a change to its records: refused (409) when the campaign is closed, but for the office administrator. */
    writableCampaign(): Promise<CampaignRow>;
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
