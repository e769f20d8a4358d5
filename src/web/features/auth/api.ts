import { api } from '../../api';
import type { Role } from '../../roles';

export interface Me {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: number; name: string } | null;
  totpEnabled: boolean;
  totpEnrollmentRequired: boolean;
  csrfToken: string;
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export interface LoginAnswer {
  csrfToken?: string;
  totpRequired?: boolean;
  totpEnrollmentRequired?: boolean;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

export interface SetupInput {
  token: string;
  username: string;
  displayName: string;
  password: string;
}

export const authApi = {
  me: () => api.get<Me>('/api/auth/me'),
  login: (input: LoginInput) => api.post<LoginAnswer>('/api/auth/login', input),
  logout: () => api.post<void>('/api/auth/logout'),
  totpSetup: () => api.post<TotpSetup>('/api/auth/totp/setup'),
  totpEnable: (code: string) => api.post<void>('/api/auth/totp/enable', { code }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/auth/password', { currentPassword, newPassword }),
  setupStatus: () => api.get<{ needed: boolean }>('/api/setup/status'),
  setup: (input: SetupInput) => api.post<unknown>('/api/setup', input),
};
