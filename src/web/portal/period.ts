export type LabelLanguage = 'zh-CN' | 'en';

const QUARTERS_ZH = ['一', '二', '三', '四'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A period as the plan's frequencies name it, in words: 2011Q1 → 2011年第一季度 (Q1 2011),
 * 2011H1 → 2011年上半年, 2011M03 → 2011年3月, 2011 → 2011年度. Anything else comes back as it is.
 */
export function periodLabel(period: string, language: LabelLanguage): string {
  const match = /^(\d{4})(?:Q([1-4])|H([12])|M(0[1-9]|1[0-2]))?$/.exec(period);
  if (!match) return period;
  const [, year, quarter, half, month] = match;
  const en = language === 'en';
  if (quarter) return en ? `Q${quarter} ${year}` : `${year}年第${QUARTERS_ZH[Number(quarter) - 1]}季度`;
  if (half) return en ? `${half === '1' ? 'First' : 'Second'} half of ${year}` : `${year}年${half === '1' ? '上' : '下'}半年`;
  if (month) return en ? `${MONTHS_EN[Number(month) - 1]} ${year}` : `${year}年${Number(month)}月`;
  return en ? `Year ${year}` : `${year}年度`;
}
