import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../src/core/calendar/workdays.js';
import { engine, startTestApp, type Client, type TestApp } from './harness.js';
import { planFile } from '../fixtures/plans.js';

/**
 * Every route × every kind of caller → the answer expected, in one table. A route without a row
 * fails the test, and so does a row for a route that no longer exists.
 *
 * Callers: the office's administrator and staff, a leader, the liaison of the unit that owns the
 * records (`own`), the liaison of another unit (`other`), an inspector who is a member of the
 * inspection round (`inspectorIn`) and one who is not (`inspector`), the auditor, and the public
 * (`anon`, no session).
 *
 * Steps that would change something are sent with a body the route refuses (`{ bogus: 1 }`) or
 * with an id that does not exist: a caller who passes the access check then gets 400 or 404,
 * one who does not gets 401 or 403, and nothing changes. Rows marked with a real body check that a
 * caller who must not see a record gets the same 404 as for a record that does not exist.
 */
const PRINCIPALS = ['admin', 'staff', 'leader', 'own', 'other', 'inspectorIn', 'inspector', 'auditor', 'anon'] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expect = Partial<Record<Principal, number>>;

const every = (code: number): Expect => Object.fromEntries(PRINCIPALS.map((p) => [p, code]));
/** Routes for any signed-in user. */
const signedIn = (code: number): Expect => ({ ...every(code), anon: 401 });
/** Routes for the listed callers; everybody else signed in gets 403. */
const only = (allowed: Expect): Expect => ({ ...signedIn(403), ...allowed });
const office = (code: number, more: Expect = {}) => only({ admin: code, staff: code, ...more });
const readers = (code: number, more: Expect = {}) => only({ admin: code, staff: code, leader: code, own: code, other: code, ...more });

type Ids = {
  caseId: number;
  attachmentId: number;
  unitId: number;
  roundId: number;
  evaluatorId: number;
  answerId: number;
  publicationId: number;
  inspectionId: number;
  findingId: number;
  /** A self-inspection request asking 市环保局, and that unit's report. */
  requestId: number;
  reportId: number;
  caseCode: string;
  receipt: string;
  /** Records of a second campaign (another city's), which every caller here, looking at the first, must not reach. */
  other: { caseId: number; caseCode: string; unitId: number; roundId: number; inspectionId: number; requestId: number };
};
type Row = { route: string; url: (ids: Ids) => string; body?: unknown; expect: Expect };

const BOGUS = { bogus: 1 };
const NONE = 987654;
const period = '2011Q2';

const ROWS: Row[] = [
  // Accounts and sessions. Sign-out and second-factor set-up are sent without a CSRF header so
  // that nothing changes: a signed-in caller gets 403 for the missing header, the public 401.
  { route: 'POST /api/auth/login', url: () => '/api/auth/login', body: BOGUS, expect: every(400) },
  { route: 'POST /api/auth/logout', url: () => '/api/auth/logout', body: {}, expect: signedIn(403) },
  { route: 'GET /api/auth/me', url: () => '/api/auth/me', expect: signedIn(200) },
  { route: 'POST /api/auth/totp/setup', url: () => '/api/auth/totp/setup', body: {}, expect: signedIn(403) },
  { route: 'POST /api/auth/totp/enable', url: () => '/api/auth/totp/enable', body: BOGUS, expect: signedIn(400) },
  { route: 'POST /api/auth/password', url: () => '/api/auth/password', body: BOGUS, expect: signedIn(400) },
  { route: 'GET /api/users', url: () => '/api/users', expect: only({ admin: 200 }) },
  { route: 'POST /api/users', url: () => '/api/users', body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'PATCH /api/users/{id}', url: () => `/api/users/${NONE}`, body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'POST /api/users/{id}/password', url: () => `/api/users/${NONE}/password`, body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'POST /api/users/{id}/totp/reset', url: () => `/api/users/${NONE}/totp/reset`, body: {}, expect: only({ admin: 404 }) },
  { route: 'POST /api/users/{id}/password/link', url: () => `/api/users/${NONE}/password/link`, body: {}, expect: only({ admin: 404 }) },
  { route: 'POST /api/password-link', url: () => '/api/password-link', body: BOGUS, expect: every(400) },
  { route: 'GET /api/setup/status', url: () => '/api/setup/status', expect: every(200) },
  { route: 'POST /api/setup', url: () => '/api/setup', body: BOGUS, expect: every(400) },

  // The plan, campaigns, units.
  { route: 'GET /api/plan', url: () => '/api/plan', expect: every(200) },
  { route: 'GET /api/projects', url: () => '/api/projects', expect: every(200) },
  { route: 'GET /api/campaigns', url: () => '/api/campaigns', expect: signedIn(200) },
  { route: 'POST /api/campaigns/{code}/current', url: () => '/api/campaigns/no-such-campaign/current', body: {}, expect: only({ admin: 404 }) },
  { route: 'PUT /api/campaigns/{code}/closed', url: () => '/api/campaigns/no-such-campaign/closed', body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'PUT /api/campaigns/viewing', url: () => '/api/campaigns/viewing', body: { code: 'no-such-campaign' }, expect: signedIn(404) },
  { route: 'GET /api/public/plan', url: () => '/api/public/plan', expect: every(200) },
  { route: 'GET /api/public/units', url: () => '/api/public/units', expect: every(200) },
  { route: 'POST /api/plans', url: () => '/api/plans', body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'GET /api/units', url: () => '/api/units', expect: every(200) },
  { route: 'POST /api/units', url: () => '/api/units', body: BOGUS, expect: office(400) },
  { route: 'GET /api/units/{id}/history', url: (i) => `/api/units/${i.unitId}/history`, expect: every(200) },
  { route: 'PATCH /api/units/{id}', url: (i) => `/api/units/${i.unitId}`, body: BOGUS, expect: office(400) },
  { route: 'GET /api/units/{id}', url: (i) => `/api/units/${i.unitId}`, expect: every(200) },
  { route: 'POST /api/units/{id}/merge', url: (i) => `/api/units/${i.unitId}/merge`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/units/{id}/retire', url: (i) => `/api/units/${i.unitId}/retire`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/units/{id}/restore', url: (i) => `/api/units/${i.unitId}/restore`, body: BOGUS, expect: office(400) },
  { route: 'GET /api/units/{id}/liaisons', url: (i) => `/api/units/${i.unitId}/liaisons`, expect: readers(200, { other: 404 }) },

  // The audit trail belongs to the auditor alone.
  { route: 'GET /api/audit', url: () => '/api/audit', expect: only({ auditor: 200 }) },
  { route: 'GET /api/audit/verify', url: () => '/api/audit/verify', expect: only({ auditor: 200 }) },
  { route: 'GET /api/audit/receipt', url: () => '/api/audit/receipt', expect: only({ auditor: 200 }) },
  { route: 'GET /api/audit/actions', url: () => '/api/audit/actions', expect: only({ auditor: 200 }) },
  { route: 'GET /api/audit/export.xlsx', url: () => '/api/audit/export.xlsx', expect: only({ auditor: 200 }) },

  // Calendar and deadlines.
  { route: 'GET /api/calendar/overrides', url: () => '/api/calendar/overrides', expect: readers(200) },
  { route: 'PUT /api/calendar/overrides/{day}', url: () => '/api/calendar/overrides/2030-01-02', body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'DELETE /api/calendar/overrides/{day}', url: () => '/api/calendar/overrides/2030-01-03', expect: only({ admin: 404 }) },
  { route: 'GET /api/calendar/workdays', url: () => '/api/calendar/workdays?from=2011-10-01&n=5', expect: readers(200) },
  { route: 'GET /api/deadline-rules', url: () => '/api/deadline-rules', expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'PUT /api/deadline-rules', url: () => '/api/deadline-rules', body: BOGUS, expect: only({ admin: 400 }) },

  // Cases: the liaison of another unit learns nothing, not even that the case exists.
  { route: 'POST /api/cases', url: () => '/api/cases', body: BOGUS, expect: office(400) },
  { route: 'GET /api/cases', url: () => '/api/cases', expect: readers(200) },
  { route: 'POST /api/cases/bulk', url: () => '/api/cases/bulk', body: BOGUS, expect: office(400) },
  { route: 'GET /api/cases/counts', url: () => '/api/cases/counts', expect: readers(200) },
  { route: 'GET /api/cases/satisfaction', url: () => '/api/cases/satisfaction', expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'GET /api/cases/export.xlsx', url: () => '/api/cases/export.xlsx', expect: readers(200) },
  { route: 'GET /api/cases/{id}', url: (i) => `/api/cases/${i.caseId}`, expect: readers(200, { other: 404 }) },
  { route: 'GET /api/cases/{id}/reporter', url: (i) => `/api/cases/${i.caseId}/reporter`, expect: office(200) },
  ...['accept', 'reject', 'assign', 'transfer', 'remind', 'escalate', 'request-extension', 'grant-extension', 'respond', 'verify-close', 'return', 'follow-up', 'reopen', 'merge'].map(
    (step): Row => ({ route: `POST /api/cases/{id}/${step}`, url: (i) => `/api/cases/${i.caseId}/${step}`, body: BOGUS, expect: readers(400) }),
  ),
  { route: 'POST /api/cases/{id}/accountability', url: (i) => `/api/cases/${i.caseId}/accountability`, body: BOGUS, expect: only({ admin: 400, staff: 400, leader: 400 }) },
  { route: 'POST /api/cases/{id}/messages', url: (i) => `/api/cases/${i.caseId}/messages`, body: BOGUS, expect: office(400) },
  { route: 'GET /api/cases/{id}/attachments/{attachmentId}', url: (i) => `/api/cases/${i.caseId}/attachments/${i.attachmentId}`, expect: readers(200, { other: 404 }) },

  // The portal and Open311: open to all, the same answer whoever asks.
  { route: 'POST /api/public/cases', url: () => '/api/public/cases', body: BOGUS, expect: every(400) },
  { route: 'POST /api/public/track', url: () => '/api/public/track', body: { receipt: '1'.repeat(20) }, expect: every(404) },
  { route: 'POST /api/public/track/messages', url: () => '/api/public/track/messages', body: BOGUS, expect: every(400) },
  { route: 'GET /open311/v2/services.json', url: () => '/open311/v2/services.json', expect: every(200) },
  { route: 'GET /open311/v2/services/{code}', url: () => '/open311/v2/services/graft.json', expect: every(200) },
  { route: 'POST /open311/v2/requests.json', url: () => '/open311/v2/requests.json', body: BOGUS, expect: every(400) },
  { route: 'GET /open311/v2/requests.json', url: (i) => `/open311/v2/requests.json?service_request_id=${i.caseCode}`, expect: every(200) },
  { route: 'GET /open311/v2/requests/{id}', url: (i) => `/open311/v2/requests/${i.caseCode}.json`, expect: every(200) },
  { route: 'GET /open311/v2/tokens/{token}', url: (i) => `/open311/v2/tokens/${i.receipt}.json`, expect: every(200) },

  // Notifications are each user's own: another user's is 404, like one that does not exist.
  { route: 'GET /api/notifications', url: () => '/api/notifications', expect: signedIn(200) },
  { route: 'GET /api/notifications/unread-count', url: () => '/api/notifications/unread-count', expect: signedIn(200) },
  { route: 'POST /api/notifications/{id}/read', url: () => `/api/notifications/${NONE}/read`, body: {}, expect: signedIn(404) },
  { route: 'POST /api/notifications/read-all', url: () => '/api/notifications/read-all', body: {}, expect: signedIn(200) },

  // Evaluations: the office runs them, leaders read and approve, a liaison sees its own unit only.
  { route: 'GET /api/evaluations/overview', url: () => '/api/evaluations/overview', expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'PUT /api/evaluations/rules', url: () => '/api/evaluations/rules', body: BOGUS, expect: only({ admin: 400 }) },
  { route: 'GET /api/evaluations/rounds', url: () => '/api/evaluations/rounds', expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'POST /api/evaluations/rounds', url: () => '/api/evaluations/rounds', body: BOGUS, expect: office(400) },
  { route: 'GET /api/evaluations/rounds/{id}', url: (i) => `/api/evaluations/rounds/${i.roundId}`, expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'PATCH /api/evaluations/rounds/{id}', url: (i) => `/api/evaluations/rounds/${i.roundId}`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/evaluations/rounds/{id}/close', url: () => `/api/evaluations/rounds/${NONE}/close`, body: {}, expect: office(404) },
  { route: 'POST /api/evaluations/rounds/{id}/invitations', url: () => `/api/evaluations/rounds/${NONE}/invitations`, body: {}, expect: office(404) },
  { route: 'GET /api/evaluations/rounds/{id}/invitations', url: (i) => `/api/evaluations/rounds/${i.roundId}/invitations`, expect: office(200) },
  { route: 'GET /api/evaluations/rounds/{id}/invitations.xlsx', url: (i) => `/api/evaluations/rounds/${i.roundId}/invitations.xlsx`, expect: office(200) },
  { route: 'POST /api/evaluations/rounds/{id}/reminders', url: () => `/api/evaluations/rounds/${NONE}/reminders`, body: {}, expect: office(404) },
  { route: 'GET /api/evaluations/evaluators', url: () => '/api/evaluations/evaluators', expect: office(200) },
  { route: 'POST /api/evaluations/evaluators', url: () => '/api/evaluations/evaluators', body: BOGUS, expect: office(400) },
  { route: 'PATCH /api/evaluations/evaluators/{id}', url: (i) => `/api/evaluations/evaluators/${i.evaluatorId}`, body: BOGUS, expect: office(400) },
  { route: 'DELETE /api/evaluations/evaluators/{id}', url: () => `/api/evaluations/evaluators/${NONE}`, expect: office(404) },
  { route: 'POST /api/evaluations/evaluators/import', url: () => '/api/evaluations/evaluators/import', body: BOGUS, expect: office(400) },
  { route: 'GET /api/evaluations/evaluators/template.xlsx', url: () => '/api/evaluations/evaluators/template.xlsx', expect: office(200) },
  { route: 'GET /api/evaluations/results', url: () => `/api/evaluations/results?period=${period}`, expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'GET /api/evaluations/results.xlsx', url: () => `/api/evaluations/results.xlsx?period=${period}`, expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'GET /api/evaluations/trend', url: (i) => `/api/evaluations/trend?unitId=${i.unitId}`, expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'GET /api/evaluations/comments', url: () => '/api/evaluations/comments', expect: office(200) },
  { route: 'POST /api/evaluations/comments/{id}/case', url: (i) => `/api/evaluations/comments/${i.answerId}/case`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/evaluations/comments/{id}/release', url: (i) => `/api/evaluations/comments/${i.answerId}/release`, body: BOGUS, expect: office(400) },
  { route: 'GET /api/evaluations/publications', url: () => '/api/evaluations/publications', expect: only({ admin: 200, staff: 200, leader: 200 }) },
  { route: 'POST /api/evaluations/publications', url: () => '/api/evaluations/publications', body: BOGUS, expect: office(400) },
  { route: 'POST /api/evaluations/publications/{id}/approve', url: () => `/api/evaluations/publications/${NONE}/approve`, body: {}, expect: only({ leader: 404 }) },
  { route: 'GET /api/evaluations/my-unit', url: () => '/api/evaluations/my-unit', expect: only({ own: 200, other: 200 }) },
  { route: 'GET /api/public/rankings', url: () => '/api/public/rankings', expect: every(200) },
  { route: 'GET /api/public/rankings/{period}', url: () => '/api/public/rankings/2011Q1', expect: every(404) },
  { route: 'POST /api/public/evaluate/open', url: () => '/api/public/evaluate/open', body: { roundId: 1, token: 'A'.repeat(22) }, expect: every(404) },
  { route: 'PUT /api/public/evaluate/draft', url: () => '/api/public/evaluate/draft', body: BOGUS, expect: every(400) },
  { route: 'POST /api/public/evaluate/submit', url: () => '/api/public/evaluate/submit', body: BOGUS, expect: every(400) },
  // Inspections: an inspector sees and works in the rounds it is a member of, and no others.
  { route: 'GET /api/inspections/rounds', url: () => '/api/inspections/rounds', expect: only({ admin: 200, staff: 200, leader: 200, inspectorIn: 200, inspector: 200 }) },
  { route: 'POST /api/inspections/rounds', url: () => '/api/inspections/rounds', body: BOGUS, expect: office(400) },
  { route: 'GET /api/inspections/rounds/{id}', url: (i) => `/api/inspections/rounds/${i.inspectionId}`, expect: only({ admin: 200, staff: 200, leader: 200, inspectorIn: 200, inspector: 404 }) },
  { route: 'PATCH /api/inspections/rounds/{id}', url: (i) => `/api/inspections/rounds/${i.inspectionId}`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/inspections/rounds/{id}/transition', url: (i) => `/api/inspections/rounds/${i.inspectionId}/transition`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/inspections/rounds/{id}/findings', url: (i) => `/api/inspections/rounds/${i.inspectionId}/findings`, body: BOGUS, expect: only({ admin: 400, staff: 400, inspectorIn: 400, inspector: 400 }) },
  { route: 'PATCH /api/inspections/findings/{id}', url: (i) => `/api/inspections/findings/${i.findingId}`, body: BOGUS, expect: only({ admin: 400, staff: 400, inspectorIn: 400, inspector: 400 }) },
  { route: 'POST /api/inspections/findings/{id}/withdraw', url: (i) => `/api/inspections/findings/${i.findingId}/withdraw`, body: BOGUS, expect: only({ admin: 400, staff: 400, inspectorIn: 400, inspector: 400 }) },
  { route: 'POST /api/inspections/findings/{id}/case', url: () => `/api/inspections/findings/${NONE}/case`, body: {}, expect: office(404) },
  { route: 'GET /api/inspections/inspectors', url: () => '/api/inspections/inspectors', expect: office(200) },

  // Self-inspection: the office asks and reviews, leaders read, a unit's liaison writes its own report.
  { route: 'GET /api/self-inspections/requests', url: () => '/api/self-inspections/requests', expect: readers(200) },
  { route: 'POST /api/self-inspections/requests', url: () => '/api/self-inspections/requests', body: BOGUS, expect: office(400) },
  { route: 'GET /api/self-inspections/requests/{id}', url: (i) => `/api/self-inspections/requests/${i.requestId}`, expect: readers(200, { other: 404 }) },
  { route: 'GET /api/self-inspections/requests/{id}/export.xlsx', url: (i) => `/api/self-inspections/requests/${i.requestId}/export.xlsx`, expect: readers(200, { other: 404 }) },
  { route: 'GET /api/self-inspections/reports/{id}', url: (i) => `/api/self-inspections/reports/${i.reportId}`, expect: readers(200, { other: 404 }) },
  { route: 'PUT /api/self-inspections/reports/{id}/draft', url: (i) => `/api/self-inspections/reports/${i.reportId}/draft`, body: BOGUS, expect: only({ own: 400, other: 400 }) },
  { route: 'POST /api/self-inspections/reports/{id}/submit', url: (i) => `/api/self-inspections/reports/${i.reportId}/submit`, body: BOGUS, expect: only({ own: 400, other: 400 }) },
  { route: 'POST /api/self-inspections/reports/{id}/review', url: (i) => `/api/self-inspections/reports/${i.reportId}/review`, body: BOGUS, expect: office(400) },
  { route: 'POST /api/self-inspections/reports/{id}/rectifications/{key}/case', url: (i) => `/api/self-inspections/reports/${i.reportId}/rectifications/nothing/case`, body: {}, expect: office(404) },
  { route: 'GET /api/self-inspections/reports/{id}/versions/{version}', url: (i) => `/api/self-inspections/reports/${i.reportId}/versions/1`, expect: readers(404) },
];

/** Steps with a real body, for the callers who must be refused: nothing may change, nothing may leak. */
const REFUSALS: Row[] = [
  // Another campaign's records answer exactly as records that do not exist, to everyone looking at this one.
  { route: 'GET /api/cases/{id}', url: (i) => `/api/cases/${i.other.caseId}`, expect: readers(404) },
  { route: 'POST /api/cases/{id}/accept', url: (i) => `/api/cases/${i.other.caseId}/accept`, body: {}, expect: readers(404) },
  // In bulk, another campaign's case is refused as missing, for that case alone.
  { route: 'POST /api/cases/bulk', url: () => '/api/cases/bulk', body: { action: 'remind', ids: [NONE] }, expect: office(200, { leader: 403, own: 403, other: 403 }) },
  { route: 'GET /api/cases/{id}/reporter', url: (i) => `/api/cases/${i.other.caseId}/reporter`, expect: office(404) },
  { route: 'GET /api/units/{id}', url: (i) => `/api/units/${i.other.unitId}`, expect: every(404) },
  { route: 'PATCH /api/units/{id}', url: (i) => `/api/units/${i.other.unitId}`, body: { note: '改' }, expect: office(404) },
  { route: 'POST /api/units/{id}/retire', url: (i) => `/api/units/${i.other.unitId}/retire`, body: { reason: '撤销' }, expect: office(404) },
  { route: 'POST /api/units/{id}/restore', url: (i) => `/api/units/${i.other.unitId}/restore`, body: {}, expect: office(404) },
  { route: 'GET /api/evaluations/rounds/{id}', url: (i) => `/api/evaluations/rounds/${i.other.roundId}`, expect: only({ admin: 404, staff: 404, leader: 404 }) },
  { route: 'GET /api/inspections/rounds/{id}', url: (i) => `/api/inspections/rounds/${i.other.inspectionId}`, expect: only({ admin: 404, staff: 404, leader: 404, inspectorIn: 404, inspector: 404 }) },
  { route: 'GET /api/self-inspections/requests/{id}', url: (i) => `/api/self-inspections/requests/${i.other.requestId}`, expect: readers(404) },
  { route: 'PUT /api/self-inspections/reports/{id}/draft', url: (i) => `/api/self-inspections/reports/${i.reportId}/draft`, body: { content: {}, revision: 0 }, expect: { other: 404 } },
  { route: 'POST /api/self-inspections/reports/{id}/submit', url: (i) => `/api/self-inspections/reports/${i.reportId}/submit`, body: { revision: 0 }, expect: { other: 404 } },
  { route: 'GET /open311/v2/requests/{id}', url: (i) => `/open311/v2/requests/${i.other.caseCode}.json`, expect: every(404) },
  { route: 'POST /api/cases', url: () => '/api/cases', body: { channel: 'letter', unitId: 0, category: 'graft', title: '外市单位', body: '涉及外市单位。' }, expect: office(400) },
  { route: 'POST /api/cases/{id}/respond', url: (i) => `/api/cases/${i.caseId}/respond`, body: { findings: '查无此事', measures: '无', substantiated: 'no' }, expect: { other: 404, leader: 403, inspector: 403, auditor: 403, anon: 401 } },
  { route: 'POST /api/cases/{id}/remind', url: (i) => `/api/cases/${i.caseId}/remind`, body: {}, expect: { other: 404, own: 409, leader: 403 } },
  { route: 'POST /api/cases/{id}/messages', url: (i) => `/api/cases/${i.caseId}/messages`, body: { body: '请补充材料' }, expect: { own: 403, other: 403, leader: 403 } },
  { route: 'POST /api/evaluations/comments/{id}/case', url: (i) => `/api/evaluations/comments/${i.answerId}/case`, body: { category: 'graft' }, expect: { leader: 403, own: 403, other: 403 } },
  { route: 'POST /api/evaluations/publications/{id}/approve', url: (i) => `/api/evaluations/publications/${i.publicationId}/approve`, body: {}, expect: { admin: 403, staff: 403, own: 403 } },
  { route: 'POST /api/evaluations/comments/{id}/release', url: (i) => `/api/evaluations/comments/${i.answerId}/release`, body: { release: true }, expect: { leader: 403, own: 403, other: 403, inspector: 403, auditor: 403, anon: 401 } },
  { route: 'POST /api/inspections/rounds/{id}/findings', url: (i) => `/api/inspections/rounds/${i.inspectionId}/findings`, body: { unitId: NONE, category: 'graft', title: '窗口无人', description: '窗口无人值守。' }, expect: { inspector: 404, leader: 403, own: 403, auditor: 403, anon: 401 } },
  { route: 'POST /api/inspections/findings/{id}/case', url: (i) => `/api/inspections/findings/${i.findingId}/case`, body: {}, expect: { inspectorIn: 403, inspector: 403, leader: 403, own: 403 } },
  { route: 'PATCH /api/inspections/findings/{id}', url: (i) => `/api/inspections/findings/${i.findingId}`, body: { title: '改写' }, expect: { inspector: 404, leader: 403, own: 403, auditor: 403, anon: 401 } },
  { route: 'POST /api/inspections/findings/{id}/withdraw', url: (i) => `/api/inspections/findings/${i.findingId}/withdraw`, body: { reason: '误记' }, expect: { inspector: 404, leader: 403, own: 403, auditor: 403, anon: 401 } },
];

describe(`authorization matrix (${engine})`, { timeout: 120_000 }, () => {
  let t: TestApp;
  const as = {} as Record<Principal, Client>;
  let ids: Ids;

  beforeAll(async () => {
    t = await startTestApp();
    const roles = { admin: 'office_admin', staff: 'office_staff', leader: 'leader', inspectorIn: 'inspector', inspector: 'inspector', auditor: 'auditor' } as const;
    const members: number[] = [];
    for (const [p, role] of Object.entries(roles) as [Principal, (typeof roles)[keyof typeof roles]][]) {
      as[p] = t.client();
      const user = await t.user(role);
      if (p === 'inspectorIn') members.push(user.id);
      await as[p].login(user);
    }
    as.own = t.client();
    await as.own.login(await t.user('unit_liaison', { unit: '市环保局' }));
    as.other = t.client();
    await as.other.login(await t.user('unit_liaison', { unit: '市公安局' }));
    as.anon = t.client();

    const units = (await as.anon.get('/api/units')).body as { id: number; name: string }[];
    const unitId = units.find((u) => u.name === '市环保局')?.id as number;
    // A case with an attachment, assigned to 市环保局.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const filed = await as.staff.post('/api/cases', {
      channel: 'letter',
      detail: {},
      reporter: { name: '写信人' },
      unitId,
      category: 'graft',
      title: '来信反映窗口索要好处费',
      body: '来信反映市环保局窗口工作人员索要好处费。',
      attachments: [{ filename: '信件.png', contentBase64: png }],
    });
    expect(filed.status).toBe(201);
    const caseId = filed.body.id as number;
    await as.staff.post(`/api/cases/${caseId}/accept`, {});
    expect((await as.staff.post(`/api/cases/${caseId}/assign`, { unitId })).status).toBe(200);
    const detail = (await as.staff.get(`/api/cases/${caseId}`)).body as { attachments: { id: number }[] };
    const portal = await as.anon.post('/api/public/cases', { anonymous: true, category: 'cold_attitude', title: '窗口人员态度冷漠', body: '窗口人员态度冷漠，推诿扯皮。' });

    // An evaluation round with one submitted comment and one publication.
    const round = await as.staff.post('/api/evaluations/rounds', { panel: 'enterprise', period, opensOn: chinaDay(new Date(Date.now() - 86_400_000)), closesOn: chinaDay(new Date(Date.now() + 10 * 86_400_000)) });
    const evaluator = await as.staff.post('/api/evaluations/evaluators', { panel: 'enterprise', name: '企业代表', organisation: '某企业' });
    await as.staff.post(`/api/evaluations/rounds/${round.body.id}/invitations`);
    const [invitation] = (await as.staff.get(`/api/evaluations/rounds/${round.body.id}/invitations`)).body.items as { link: string }[];
    const token = invitation?.link.split('#')[1];
    expect((await as.anon.post('/api/public/evaluate/submit', { roundId: round.body.id, token, answers: [{ unitId, levels: { overall: 'dissatisfied' }, comment: '办事拖拉' }] })).status).toBe(200);
    const [comment] = (await as.staff.get('/api/evaluations/comments')).body.items as { answerId: number }[];
    // A ranking is frozen only once its rounds are closed.
    await as.staff.post(`/api/evaluations/rounds/${round.body.id}/close`);
    const publication = await as.staff.post('/api/evaluations/publications', { period });
    expect(publication.status).toBe(201);

    // An inspection round in progress, with one member and one finding at 市环保局.
    const inspection = await as.staff.post('/api/inspections/rounds', { kind: 'covert', title: '暗访市环保局窗口', startsOn: chinaDay(new Date()), endsOn: chinaDay(new Date()), unitIds: [unitId], memberIds: members });
    expect(inspection.status).toBe(201);
    await as.staff.post(`/api/inspections/rounds/${inspection.body.id}/transition`, { to: 'in_progress' });
    const finding = await as.inspectorIn.post(`/api/inspections/rounds/${inspection.body.id}/findings`, { unitId, category: 'graft', title: '索要好处费', description: '窗口人员暗示办事人送礼。' });
    expect(finding.status).toBe(201);

    // A self-inspection report asked of 市环保局.
    const request = await as.staff.post('/api/self-inspections/requests', { kind: 'self_inspection', title: '自查报告', dueDate: chinaDay(new Date(Date.now() + 10 * 86_400_000)), unitIds: [unitId] });
    expect(request.status).toBe(201);
    const report = (await as.staff.get(`/api/self-inspections/requests/${request.body.id}`)).body.reports[0] as { id: number };

    // A second city's campaign beside the first: its own units (some named as the first city's), a case, rounds.
    const second = await as.admin.post('/api/plans', planFile('test/fixtures/plans/qiqihar-2013.json'));
    expect(second.status).toBe(200);
    const elsewhere = t.client();
    await elsewhere.login(await t.user('office_staff'));
    expect((await elsewhere.put('/api/campaigns/viewing', { code: 'qiqihar-2013' })).status).toBe(204);
    const otherUnits = (await elsewhere.get('/api/units')).body as { id: number; name: string }[];
    const otherUnitId = otherUnits.find((u) => u.name === '市环保局')?.id as number;
    expect(otherUnitId).not.toBe(unitId);
    const otherCase = await elsewhere.post('/api/cases', { channel: 'letter', detail: {}, unitId: otherUnitId, category: 'favours', title: '外市来信', body: '反映外市环保局吃请受礼。' });
    expect(otherCase.status).toBe(201);
    const otherRound = await elsewhere.post('/api/evaluations/rounds', { panel: 'residents', period: '2013H2', opensOn: '2013-11-01', closesOn: '2013-11-30' });
    expect(otherRound.status).toBe(201);
    const otherInspection = await elsewhere.post('/api/inspections/rounds', { kind: 'covert', title: '暗访外市窗口', startsOn: '2013-06-03', endsOn: '2013-06-04', unitIds: [otherUnitId], memberIds: [] });
    expect(otherInspection.status).toBe(201);
    const otherRequest = await elsewhere.post('/api/self-inspections/requests', { kind: 'self_inspection', title: '外市自查报告', dueDate: '2013-06-30', unitIds: [otherUnitId] });
    expect(otherRequest.status).toBe(201);
    // The first campaign's unit id answers in the second as no unit at all.
    const refused = await elsewhere.post('/api/cases', { channel: 'letter', detail: {}, unitId, category: 'favours', title: '外市来信', body: '反映本市单位。' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'unitId', message: `no unit with id ${unitId}` }]);

    ids = {
      other: { caseId: otherCase.body.id, caseCode: otherCase.body.code, unitId: otherUnitId, roundId: otherRound.body.id, inspectionId: otherInspection.body.id, requestId: otherRequest.body.id },
      caseId,
      attachmentId: detail.attachments[0]?.id as number,
      unitId,
      roundId: round.body.id,
      evaluatorId: evaluator.body.id,
      answerId: comment?.answerId as number,
      publicationId: publication.body.id,
      inspectionId: inspection.body.id,
      findingId: finding.body.id,
      requestId: request.body.id,
      reportId: report.id,
      caseCode: portal.body.code,
      receipt: portal.body.receipt,
    };
  });
  afterAll(() => t.close());

  it('has exactly one row for every route the server has', async () => {
    const doc = (await as.anon.get('/api/docs/json')).body as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    const rows = ROWS.map((r) => r.route);
    expect(rows.filter((r, i) => rows.indexOf(r) !== i), 'rows listed twice').toEqual([]);
    expect(served.filter((r) => !rows.includes(r)), 'routes without a row').toEqual([]);
    expect(rows.filter((r) => !served.includes(r)), 'rows for routes that do not exist').toEqual([]);
  });

  it('answers every caller on every route as the table says', async () => {
    const differences: string[] = [];
    for (const row of [...ROWS, ...REFUSALS]) {
      const [method] = row.route.split(' ') as [string];
      for (const p of PRINCIPALS) {
        const want = row.expect[p];
        if (want === undefined) continue;
        const client = as[p];
        const url = row.url(ids);
        const headers: Record<string, string> = row.route.startsWith('POST /api/auth/logout') || row.route.startsWith('POST /api/auth/totp/setup') ? { 'x-csrf-token': '' } : {};
        const res = await client.request(method, url, row.body, headers);
        if (res.status !== want) differences.push(`${row.route} as ${p}: ${res.status}, expected ${want}`);
        if (res.status >= 400) expect(res.headers.get('content-type') ?? '', `${row.route} as ${p}`).toMatch(/problem\+json|json/);
        expect(res.status, `${row.route} as ${p}`).toBeLessThan(500);
      }
    }
    expect(differences).toEqual([]);
  });

  it('left the records as they were: the refused steps changed nothing', async () => {
    const c = (await as.staff.get(`/api/cases/${ids.caseId}`)).body as { status: string; timeline: { action: string }[]; messages: unknown[] };
    expect(c.status).toBe('assigned');
    expect(c.timeline.map((e) => e.action)).toEqual(['intake', 'accept', 'assign']);
    const pubs = (await as.leader.get('/api/evaluations/publications')).body.items as { status: string }[];
    expect(pubs.map((p) => p.status)).toEqual(['pending']);
    expect((await as.staff.get('/api/evaluations/comments')).body.items[0].caseId).toBeNull();
    const round = (await as.staff.get(`/api/inspections/rounds/${ids.inspectionId}`)).body as { status: string; findings: { caseId: number | null; title: string; withdrawn: unknown }[] };
    expect(round.status).toBe('in_progress');
    expect(round.findings.map((f) => [f.caseId, f.title, f.withdrawn])).toEqual([[null, '索要好处费', null]]);
  });
});
