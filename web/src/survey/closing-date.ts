/**
 * The last day a survey can be answered, as the young person says it ("14 December"): the day of the last
 * moment before the close, in England's time, so a round closing at midnight is open until the day before.
 */
export const lastDayOpen = (closesAt: string, lang: string): string =>
  // English as written in England: "14 December", not "December 14".
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/London',
  }).format(new Date(Date.parse(closesAt) - 1));
