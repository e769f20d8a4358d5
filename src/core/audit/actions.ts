/**
 * Every action the server writes into the audit trail, by area, and the kinds of object a row
 * may name. The auditor's page offers exactly these (GET /api/audit/actions) and words each one
 * in the reader's language (src/web/i18n/{zh-CN,en}/audit.ts: audit.actions.<area>.<name>,
 * audit.areas.<area>, audit.objectTypes.<type>). actions.test.ts scans the source for the codes
 * written and fails on one missing here, and actions-words.test.ts on one without words, so a new
 * action cannot ship unnamed. Pure data: no imports.
 *
 * A code is `<area>.<name>`: lower case, digits and underscores, one dot.
 */
export const AUDIT_AREAS = {
  auth: ['auth.login', 'auth.login_challenge', 'auth.lockout', 'auth.logout', 'auth.totp_setup', 'auth.totp_enable'],
  setup: ['setup.first_admin'],
  user: [
    'user.create',
    'user.update',
    'user.password_change',
    'user.password_reset',
    'user.password_link',
    'user.password_link_used',
    'user.totp_reset',
  ],
  case: [
    'case.create',
    'case.view',
    'case.reporter_view',
    'case.attachment_download',
    'case.export',
    'case.message',
    'case.public_message',
    'case.accountability',
    'case.identity_sealed',
    // One per step of the state machine (cases/contract.ts ACTIONS; written by cases/steps.ts as `case.${action}`).
    'case.accept',
    'case.reject',
    'case.assign',
    'case.transfer',
    'case.remind',
    'case.escalate',
    'case.request_extension',
    'case.grant_extension',
    'case.respond',
    'case.verify_close',
    'case.return',
    'case.follow_up',
    'case.reopen',
    'case.merge',
  ],
  deadline_rule: ['deadline_rule.set'],
  calendar: ['calendar.override_set', 'calendar.override_remove'],
  campaign: ['campaign.view', 'campaign.set_current', 'campaign.close', 'campaign.reopen'],
  plan: ['plan.import', 'plan.reimport'],
  // unit.renamed, unit.reparented, unit.updated, unit.retired, unit.restored: units/store.ts writes `unit.${change}`.
  unit: ['unit.create', 'unit.renamed', 'unit.reparented', 'unit.updated', 'unit.merge', 'unit.retired', 'unit.restored'],
  evaluation: [
    'evaluation.rules',
    'evaluation.evaluator_create',
    'evaluation.evaluator_update',
    'evaluation.evaluator_delete',
    'evaluation.evaluator_import',
    'evaluation.round_create',
    'evaluation.round_update',
    'evaluation.round_close',
    'evaluation.invitations_issue',
    'evaluation.invitations_view',
    'evaluation.invitations_export',
    'evaluation.remind',
    'evaluation.submit',
    'evaluation.results_export',
    'evaluation.comment_to_case',
    'evaluation.comment_release',
    'evaluation.comment_withhold',
    'evaluation.publication_create',
    'evaluation.publication_approve',
  ],
  inspection: [
    'inspection.round_create',
    'inspection.round_update',
    'inspection.round_status',
    'inspection.finding_record',
    'inspection.finding_update',
    'inspection.finding_withdraw',
    'inspection.finding_file',
  ],
  self_inspection: ['self_inspection.request_create', 'self_inspection.submit', 'self_inspection.review', 'self_inspection.rectification_file', 'self_inspection.export'],
  audit: ['audit.query', 'audit.verify', 'audit.receipt', 'audit.export'],
} as const;

export type AuditArea = keyof typeof AUDIT_AREAS;
export type AuditAction = (typeof AUDIT_AREAS)[AuditArea][number];

export const AUDIT_AREA_NAMES = Object.keys(AUDIT_AREAS) as AuditArea[];
export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_AREA_NAMES.flatMap((area) => AUDIT_AREAS[area]);

/** The kinds of object an audit row names (`object_type`). */
export const AUDIT_OBJECT_TYPES = [
  'case',
  'unit',
  'user',
  'campaign',
  'calendar_day',
  'evaluation_round',
  'evaluator',
  'evaluation_invitation',
  'evaluation_answer',
  'evaluation_publication',
  'inspection_round',
  'inspection_finding',
  'self_inspection_request',
  'self_inspection_report',
  'audit_log',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

/** The well-formed shape of an action code (the trail's filter accepts only this). */
export const ACTION_CODE = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

export function isAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

export function isAuditObjectType(type: string): type is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(type);
}
