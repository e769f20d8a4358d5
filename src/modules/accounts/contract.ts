import { z } from 'zod';
import { ROLES } from '../../core/auth/roles.js';
import { id, idParam } from '../../core/http/fields.js';

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
