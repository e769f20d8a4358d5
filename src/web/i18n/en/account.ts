import type { account as zh } from '../zh-CN/account';

export const account: typeof zh = {
  title: 'Account',
  profile: 'Profile',
  username: 'Username',
  displayName: 'Full name',
  role: 'Role',
  unit: 'Unit',
  password: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
  currentRequired: 'Enter your current password',
  newLength: 'The new password needs at least 10 characters',
  confirmMismatch: 'The passwords do not match',
  changed: 'Password changed.',
  change: 'Change password',
  totp: 'Two-factor authentication',
  totpOn: 'On',
  totpOff: 'Off',
  totpEnrol: 'Turn on two-factor authentication',
  totpExplain: 'At sign-in you enter a 6-digit code from an authenticator app as well as your password.',
};
