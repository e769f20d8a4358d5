import { describe, expect, it } from 'vitest';
import { ITEM_KEY, itemKeyFrom, newItemKey } from './itemKeys';

describe('item keys', () => {
  it('keeps only the characters a key may have, at most 12', () => {
    expect(itemKeyFrom('1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe('1b4e28ba-2fa');
    expect(itemKeyFrom('a.b c/d+e_f')).toBe('abcde_f');
  });

  it('makes keys the contract takes, different from those in use', () => {
    const used = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const key = newItemKey(used);
      expect(key).toMatch(ITEM_KEY);
      expect(used.has(key)).toBe(false);
      used.add(key);
    }
  });

  it('tries again when the random text makes no key or one in use', () => {
    const randoms = ['...', 'taken', 'fresh'];
    expect(newItemKey(new Set(['taken']), () => randoms.shift() ?? 'x')).toBe('fresh');
  });
});
