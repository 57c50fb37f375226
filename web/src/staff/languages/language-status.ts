/** How the Languages pages put a language's state in words: how much is translated, and whether young people are offered it. */
import { LANGUAGES } from '../../../../shared/languages';
import type { TextKind } from '../../../../shared/translations/texts';
import type { LanguageView } from '../../../../shared/translations/views';

const texts = (n: number) => `${n} ${n === 1 ? 'text' : 'texts'}`;

/** "Arabic: 38 of 45 texts translated, 2 out of date since the pledge changed — not offered to young people yet". */
export const statusLine = (view: LanguageView): string => {
  const { report } = view;
  const name = LANGUAGES[view.language].englishName;
  const done =
    report.total === 0
      ? `${name}: nothing to translate yet (no pledge is published)`
      : `${name}: ${report.upToDate} of ${texts(report.total)} translated${report.outOfDate ? `, ${report.outOfDate} out of date since the pledge changed` : ''}`;
  const names = report.optionalLeft
    ? ` (${report.optionalLeft === 1 ? 'a name shows' : `${report.optionalLeft} names show`} in English until translated)`
    : '';
  const offer = !view.offered
    ? 'not offered to young people yet'
    : report.complete
      ? `offered to young people${names}`
      : 'offered to young people, with a notice that some promises are in English';
  return `${done} — ${offer}`;
};

/** What stands between the language and the young people, or null when it is offered. */
export const nextStep = (view: LanguageView): string | null => {
  if (view.offered) return null;
  const name = LANGUAGES[view.language].englishName;
  // The names do not hold a language back: they show in English until translated.
  const left = view.report.missing + view.report.outOfDate - view.report.optionalLeft;
  const steps = [
    !view.screenWordsCheck && `a fluent speaker of ${name} checks the survey’s screen words`,
    !view.switchedOn && `you switch ${name} on`,
    left > 0 &&
      !view.englishPromisesNotice &&
      `the ${texts(left)} left${view.report.optionalLeft ? ` (all but the ${view.report.optionalLeft === 1 ? 'name' : `${view.report.optionalLeft} names`}, which may stay in English)` : ''} are translated (or you choose to offer ${name} with a notice that the promises are in English)`,
  ].filter((s): s is string => !!s);
  return steps.length ? `Young people are offered ${name} once ${joinAnd(steps)}.` : null;
};

const joinAnd = (parts: string[]) =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/** Who checked the screen words and when, in words. */
export const checkLine = (view: LanguageView): string =>
  view.screenWordsCheck
    ? `The screen words were checked by ${view.screenWordsCheck.checkedBy} on ${new Date(view.screenWordsCheck.checkedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`
    : `The screen words in ${LANGUAGES[view.language].englishName} are a draft until a fluent speaker checks them.`;

export const KIND_LABELS: Record<TextKind, string> = {
  section: 'Section title',
  promise: 'Promise',
  'easy-read': 'Easy-read words of the promise above',
  'contact-name': 'Help contact: its name',
  'contact-description': 'Help contact: what it is for',
  'council-name': 'The council’s name (optional: shown in English until translated)',
  'round-name': 'This round’s name (optional: shown in English until translated)',
};
