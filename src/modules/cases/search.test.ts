import { describe, expect, it } from 'vitest';
import { indexWords, queryWords } from './search.js';

describe('Chinese full-text words', () => {
  it('indexes the two-character words inside longer ones', () => {
    const words = indexWords('办事窗口乱收费，工作人员态度恶劣！').split(' ');
    expect(words).toEqual(expect.arrayContaining(['态度', '收费', '窗口', '工作人员', '态度恶劣']));
    expect(words).not.toContain('，');
  });

  it('cuts a query into words that must all match', () => {
    expect(queryWords('态度')).toEqual(['态度']);
    expect(queryWords('窗口 乱收费')).toEqual(['窗口', '乱收费']);
    expect(queryWords('ABC Bureau')).toEqual(['abc', 'bureau']);
  });
});
