import { z } from 'zod';
import type { Wire } from '../../core/http/wire.js';
import { ROLES } from '../../core/auth/roles.js';
import { catalogue } from '../../core/contract.js';
import { id, idParam } from '../../core/http/fields.js';

/**
 * The account routes' contract (sign-in, two-factor, setup, users): problems, request and response
 * shapes, shared by the server and the web. Web-safe.
 */

export const problems = catalogue({
  invalid_credentials: { status: 401, zh: '用户名、密码或验证码不正确。连续失败五次后，请等待 15 分钟再试。', en: 'Wrong username, password or code. After five failed attempts, wait 15 minutes before trying again.' },
  setup_token_invalid: { status: 403, zh: '初始化链接无效、已使用或已过期。请重启服务器以获取新的链接。', en: 'This setup link is invalid, used or expired. Restart the server for a new one.' },
  totp_enabled: { status: 409, zh: '您已启用双因素认证。', en: 'Two-factor authentication is already on.' },
  password_link_invalid: { status: 400, zh: '重置密码链接无效、已使用或已过期。请向管理员索取新的链接。', en: 'This password link is invalid, used or expired. Ask the administrator for a new one.' },
  totp_not_started: { status: 409, zh: '请先生成双因素认证密钥。', en: 'Generate a two-factor key first.' },
});

export const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'may contain letters, digits and . _ @ - only');
const password = z.string().min(1).max(256);

export const loginBody = z
  .object({ username: z.string().min(1).max(64), password, totp: z.string().regex(/^\d{6}$/, 'must be 6 digits').optional() })
  .strict();
export const loginReply = z.union([
  z.object({ csrfToken: z.string(), totpEnrollmentRequired: z.boolean() }),
  z.object({ totpRequired: z.literal(true) }),
]);

export const meReply = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  totpEnabled: z.boolean(),
  totpEnrollmentRequired: z.boolean(),
  csrfToken: z.string(),
});

export const totpSetupReply = z.object({ secret: z.string(), otpauthUri: z.string() });
export const totpEnableBody = z.object({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') }).strict();
export const passwordBody = z.object({ currentPassword: password, newPassword: password }).strict();
export const passwordResetBody = z.object({ newPassword: password }).strict();

export const passwordLinkOut = z.object({ token: z.string(), expiresAt: z.string() });
export const passwordLinkBody = z.object({ token: z.string().min(20).max(200), newPassword: password }).strict();

export const setupBody = z
  .object({ token: z.string().min(20).max(200), username, displayName: z.string().trim().min(1).max(100), password })
  .strict();

export const userOut = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export const createUserBody = z
  .object({
    username,
    displayName: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    unitId: id.nullable().optional(),
    password,
  })
  .strict();
export const patchUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: z.enum(ROLES).optional(),
    unitId: id.nullable().optional(),
    disabled: z.boolean().optional(),
    unlock: z.literal(true).optional(),
  })
  .strict();
export const idParams = z.object({ id: idParam });

export type LoginIn = z.input<typeof loginBody>;
export type LoginReply = Wire<z.output<typeof loginReply>>;
export type Me = Wire<z.output<typeof meReply>>;
export type TotpSetup = Wire<z.output<typeof totpSetupReply>>;
export type SetupIn = z.input<typeof setupBody>;
export type User = Wire<z.output<typeof userOut>>;
export type NewUser = z.input<typeof createUserBody>;
export type UserChange = z.input<typeof patchUserBody>;
