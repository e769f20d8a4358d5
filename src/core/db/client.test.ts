import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { leavesConnectionUsable } from './client.js';

const serverError = (code: string, severity = 'ERROR') => {
  const err = new pg.DatabaseError('refused', 0, 'error');
  err.code = code;
  err.severity = severity;
  return err;
};

describe('which failed statements leave their connection usable', () => {
  it('keeps the connection after the statement’s own error, whatever language the server speaks', () => {
    expect(leavesConnectionUsable(serverError('23505'))).toBe(true);
    expect(leavesConnectionUsable(serverError('22012', '错误'))).toBe(true);
    expect(leavesConnectionUsable(serverError('40001', 'FEHLER'))).toBe(true);
  });
  it('ends it after connection, operator, resource, system and internal errors, and inside a failed transaction', () => {
    for (const code of ['08006', '57P01', '57P02', '53300', '58030', 'XX000', '25P02']) expect(leavesConnectionUsable(serverError(code, 'FATAL')), code).toBe(false);
  });
  it('ends it after anything that is not the server’s answer', () => {
    expect(leavesConnectionUsable(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(leavesConnectionUsable(serverError(''))).toBe(false);
    expect(leavesConnectionUsable(undefined)).toBe(false);
  });
});
