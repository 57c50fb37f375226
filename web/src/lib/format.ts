/** How the staff pages write dates and times, in British English, in one place. */
const LOCALE = 'en-GB';
const LONG_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** A calendar day ("2027-03-01") as "1 March 2027", whatever the reader's time zone. */
export const dayText = (day: string): string => new Date(`${day}T12:00:00Z`).toLocaleDateString(LOCALE, LONG_DAY);

/** The day of a moment, as "1 March 2027". */
export const dateText = (iso: string): string => new Date(iso).toLocaleDateString(LOCALE, LONG_DAY);

/** A moment as "1 Mar 2027, 14:05", for logs and lists. */
export const dateTimeText = (iso: string): string =>
  new Date(iso).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment to the second, as "01/03/2027, 14:05:09", where a facilitator compares times within a day. */
export const timestampText = (iso: string): string => new Date(iso).toLocaleString(LOCALE);
