/**
 * The password lengths the server takes (passwords.ts checks them), here without the hashing and
 * the common-password list, so that the web can tell the user before submitting.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
