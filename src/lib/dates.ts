/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date known to year, month or day precision. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** The original ISO-like text, valid for `<time datetime>`. */
  iso: string;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form of the text is its precision.
 * @throws Error naming the bad text when it is not one of those forms or not a real date.
 */
export function parsePartialDate(text: string): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`Invalid date "${text}": write it as YYYY, YYYY-MM or YYYY-MM-DD.`);
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year', iso: text };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`Invalid date "${text}": month must be 01 to 12.`);
  if (m[3] === undefined) return { year, month, precision: 'month', iso: text };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new Error(`Invalid date "${text}": ${year}-${m[2]} has no day ${m[3]}.`);
  return { year, month, day, precision: 'day', iso: text };
}

/** Formats a date no more precisely than it is known: "27 Feb 2024", "February 2024" or "2024". */
export function formatPartialDate(date: PartialDate, style: 'short' | 'long' = 'short'): string {
  if (date.month === undefined) return String(date.year);
  const months = style === 'short' ? MONTHS_SHORT : MONTHS_LONG;
  const name = months[date.month - 1] ?? '';
  if (date.day === undefined) return `${MONTHS_LONG[date.month - 1] ?? name} ${date.year}`;
  return `${date.day} ${name} ${date.year}`;
}

/** The weekday of a day-precision date, e.g. "Tuesday"; undefined for coarser dates. */
export function weekday(date: PartialDate): string | undefined {
  if (date.day === undefined || date.month === undefined) return undefined;
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).toLocaleDateString('en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
}

/**
 * Orders dates chronologically. A coarser date sorts before the finer dates it contains
 * ("2024-02" before "2024-02-27"), because it is read as "some time in that month".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * A moment (ISO 8601) as a reader would say it on this device, e.g. "14 March 2026 at 09:41", in
 * the device's time zone; the ISO text itself if it cannot be read.
 */
export function formatClockTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}
