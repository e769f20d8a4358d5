import { describe, expect, it } from 'vitest';
import { userChange } from './userChange';

const liaison = { displayName: '李联络', role: 'unit_liaison' as const, unitId: 7 };

describe('the change a user form sends', () => {
  it('sends nothing when nothing changed, and a trimmed name alone when only the name did', () => {
    expect(userChange(liaison, { displayName: '李联络', role: 'unit_liaison', unitId: 7 })).toEqual({});
    expect(userChange(liaison, { displayName: ' 李四 ', role: 'unit_liaison', unitId: 7 })).toEqual({ displayName: '李四' });
  });

  it('drops the unit when the role is no longer a liaison, and sends a new unit alone', () => {
    expect(userChange(liaison, { displayName: '李联络', role: 'leader', unitId: 7 })).toEqual({ role: 'leader', unitId: null });
    expect(userChange(liaison, { displayName: '李联络', role: 'unit_liaison', unitId: 9 })).toEqual({ unitId: 9 });
  });

  it('gives a new liaison its unit', () => {
    expect(userChange({ displayName: '王', role: 'office_staff', unitId: null }, { displayName: '王', role: 'unit_liaison', unitId: 3 })).toEqual({ role: 'unit_liaison', unitId: 3 });
  });
});
