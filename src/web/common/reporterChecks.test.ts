import { describe, expect, it } from 'vitest';
import { isValidIdNumber, isValidPhone } from '../../modules/cases/contract';

describe('reporter details', () => {
  it('takes mobile numbers and landlines with an area code', () => {
    expect(isValidPhone('13912345678')).toBe(true);
    expect(isValidPhone('0451-82345678')).toBe(true);
    expect(isValidPhone('045182345678')).toBe(true);
    expect(isValidPhone('12345678')).toBe(false);
    expect(isValidPhone('23912345678')).toBe(false);
  });

  it('checks the identity card number’s birth date and check character', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300028')).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
});
