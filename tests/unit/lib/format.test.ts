import { describe, expect, it } from 'vitest';
import { curlyQuotes, daysBetween, formatCount, formatDate, formatDayMonth, formatShortDate, keepDatesWhole, listJoin } from '../../../src/lib/format';

describe('format', () => {
  it('writes numbers with thousands separators', () => {
    expect(formatCount(2030)).toBe('2,030');
    expect(formatCount(9900)).toBe('9,900');
    expect(formatCount(238)).toBe('238');
  });

  it('writes Kazakhstan calendar dates from their digits, whatever the machine zone', () => {
    // The test runner pins TZ to America/Los_Angeles: a Date-based formatter would say 4 January here.
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(formatDate('2022-01-05')).toBe('5 January 2022');
    expect(formatDayMonth('2022-01-05')).toBe('5 January');
    expect(formatShortDate('2022-08-16')).toBe('16 Aug');
    expect(daysBetween('2022-01-02', '2022-01-19')).toBe(17);
  });

  it('rejects a malformed date', () => {
    expect(() => formatDate('5 Jan')).toThrow('not a YYYY-MM-DD date');
  });

  it('keeps a day and its month on one line, and nothing else', () => {
    expect(keepDatesWhole('Protests began in Zhanaozen on 2 January')).toBe('Protests began in Zhanaozen on 2\u00a0January');
    expect(keepDatesWhole('from 3,811 on 7 January to 9,900 on 11 January')).toBe('from 3,811 on 7\u00a0January to 9,900 on 11\u00a0January');
    expect(keepDatesWhole('238 since August 2022, 19 security forces')).toBe('238 since August 2022, 19 security forces');
  });

  it('joins lists as prose', () => {
    expect(listJoin(['Almaty'])).toBe('Almaty');
    expect(listJoin(['Almaty', 'Aktau', 'Zhanaozen'])).toBe('Almaty, Aktau and Zhanaozen');
  });

  it('sets straight quotes and apostrophes as typographic ones', () => {
    expect(curlyQuotes("'dozens' of 'attackers' 'liquidated' (no number given)")).toBe('‘dozens’ of ‘attackers’ ‘liquidated’ (no number given)');
    expect(curlyQuotes("AP's running total 'nearly 12,000'")).toBe('AP’s running total ‘nearly 12,000’');
    expect(curlyQuotes('the "counter-terrorist operation" (\'CTO\')')).toBe('the “counter-terrorist operation” (‘CTO’)');
    expect(curlyQuotes('No quotes, 3,811 detained')).toBe('No quotes, 3,811 detained');
  });
});
