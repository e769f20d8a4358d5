import { describe, expect, it } from 'vitest';
import { SessionCache, type SessionRecord } from './session-cache.js';

const record = (userId: number): SessionRecord => ({
  user: { id: userId, username: `u${userId}`, displayName: 'U', role: 'office_staff', unitId: null, jurisdictionId: null, viewingCampaignId: null, totpEnabled: true, totpEnrollmentRequired: false },
  disabled: false,
  csrfToken: 'c',
  expiresAt: 10_000_000,
  lastSeenAt: 0,
});

describe('SessionCache', () => {
  it('keeps nothing while it does not hear notifications', () => {
    const c = new SessionCache();
    c.put('h', record(1), c.mark(), 0);
    expect(c.get('h', 0)).toBeUndefined();
    c.setLive(true);
    c.put('h', record(1), c.mark(), 0);
    expect(c.get('h', 1)?.user.id).toBe(1);
    c.setLive(false);
    expect(c.get('h', 1)).toBeUndefined();
  });

  it('forgets a user’s sessions, a single session, and everything on an unknown message', () => {
    const c = new SessionCache();
    c.setLive(true);
    c.put('a', record(1), c.mark(), 0);
    c.put('b', record(1), c.mark(), 0);
    c.put('c', record(2), c.mark(), 0);
    c.onNotification('u:1');
    expect([c.get('a', 0), c.get('b', 0), c.get('c', 0)?.user.id]).toEqual([undefined, undefined, 2]);
    c.onNotification('s:c');
    expect(c.get('c', 0)).toBeUndefined();
    c.put('d', record(3), c.mark(), 0);
    c.onNotification('?');
    expect(c.get('d', 0)).toBeUndefined();
  });

  it('does not keep a read that began before a change was announced', () => {
    const c = new SessionCache();
    c.setLive(true);
    const mark = c.mark();
    c.forgetUser(1); // arrives while the read is in flight
    c.put('a', record(1), mark, 0);
    expect(c.get('a', 0)).toBeUndefined();
  });

  it('lets entries expire and stays within its size', () => {
    const c = new SessionCache(1000, 2);
    c.setLive(true);
    c.put('a', record(1), c.mark(), 0);
    expect(c.get('a', 1001)).toBeUndefined();
    c.put('a', record(1), c.mark(), 0);
    c.put('b', record(2), c.mark(), 0);
    c.put('c', record(3), c.mark(), 0);
    expect([c.get('a', 0), c.get('b', 0)?.user.id, c.get('c', 0)?.user.id]).toEqual([undefined, 2, 3]);
  });
});
