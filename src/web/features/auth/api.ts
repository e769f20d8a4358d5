import { api } from '../../common/api';
import type { LoginIn, LoginReply, Me, SetupIn, TotpSetup } from '../../../modules/accounts/contract';

// The auth routes' shapes come from the server's contract (the accounts module).
export type { Me, TotpSetup };
export type LoginInput = LoginIn;
export type LoginAnswer = LoginReply;
export type SetupInput = SetupIn;

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
  passwordLink: (token: string, newPassword: string) => api.post<void>('/api/password-link', { token, newPassword }),
};
