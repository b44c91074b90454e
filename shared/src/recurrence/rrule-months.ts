// RFC 5545 recurrence rules, expanded by the rrule package and reduced to months of the plan year.
import { rrulestr } from './rrule-lib.js';

/** Where an RRULE (with an optional DTSTART) sits in a text, or null when there is none. */
export interface RRuleText {
  start: number;
  end: number;
  /** Canonical form handed to rrulestr: optional DTSTART line, then the RRULE line. */
  source: string;
  hasStart: boolean;
}

const DTSTART_RE = /DTSTART(?:;[^:\s]*)?:\s*\d{8}(?:T\d{6}Z?)?/i;
const RULE_RE = /(?:RRULE\s*:\s*)?FREQ\s*=\s*[A-Za-z]+(?:\s*;\s*[A-Za-z]+\s*=\s*[^;\s]+)*/i;

export function findRRule(text: string): RRuleText | null {
  const rule = RULE_RE.exec(text);
  if (!rule) return null;
  const dt = DTSTART_RE.exec(text);
  const ruleBody = rule[0].replace(/^RRULE\s*:\s*/i, '').replace(/\s+/g, '');
  const dtLine = dt ? dt[0].replace(/\s+/g, '') : null;
  const start = dt ? Math.min(dt.index, rule.index) : rule.index;
  const end = dt
    ? Math.max(dt.index + dt[0].length, rule.index + rule[0].length)
    : rule.index + rule[0].length;
  return {
    start,
    end,
    source: (dtLine ? `${dtLine}\n` : '') + `RRULE:${ruleBody}`,
    hasStart: dtLine !== null,
  };
}

// rrule keeps stepping period by period until year 9999 when its BY-filters never match
// (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 takes seconds). Its loop re-reads `options.interval`
// on every step and stops when it reads 0, so a counting getter bounds the work.
const STEP_BUDGET = 100_000;

/** Months 1..12 of `year` holding an occurrence; null when the rule is invalid or too costly to expand. */
export function monthsOfRRule(source: string, hasStart: boolean, year: number): number[] | null {
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31, 23, 59, 59, 999));
  let rule: ReturnType<typeof rrulestr>;
  try {
    rule = hasStart ? rrulestr(source) : rrulestr(source, { dtstart: yearStart });
  } catch {
    return null;
  }
  let tripped = false;
  const options = (rule as unknown as { options?: Record<string, unknown> }).options;
  if (options && typeof options['interval'] === 'number') {
    const interval = options['interval'];
    let steps = 0;
    Object.defineProperty(options, 'interval', {
      configurable: true,
      enumerable: true,
      get: () => {
        if (++steps <= STEP_BUDGET) return interval;
        tripped = true;
        return 0;
      },
    });
  }
  const months = new Set<number>();
  try {
    rule.between(yearStart, yearEnd, true, (date) => {
      months.add(date.getUTCMonth() + 1);
      // Once every month is seen the rest of the year adds nothing (HOURLY rules would list 8760 dates).
      return months.size < 12;
    });
  } catch {
    return null;
  }
  if (tripped && months.size < 12) return null;
  return [...months].sort((a, b) => a - b);
}
