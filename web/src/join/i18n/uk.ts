/**
 * DRAFT until a council records that a fluent speaker of Ukrainian has checked these words (staff: the council's
 * languages page).
 */
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { JOIN_CODE_LENGTH } from '../../../../shared/sessions/join-code';
import { uk as survey } from '../../survey/i18n/uk';
import type { JoinCatalogue } from './en';

/** Every word of the live-session phone pages in Ukrainian. Same keys as en.ts (its type says so). */
export const uk: JoinCatalogue = {
  lang: 'uk',
  dir: survey.dir,
  languageName: survey.languageName,

  skipToMain: survey.skipToMain,
  quickExit: survey.quickExit,
  quickExitHint: survey.quickExitHint,
  privacyLink: survey.privacyLink,
  accessibilityLink: survey.accessibilityLink,
  fullPromise: survey.fullPromise,

  codeTitle: 'Приєднатися до зустрічі',
  codeIntro: 'Введи код, який бачиш на великому екрані.',
  codeLabel: 'Код на екрані',
  codeCheck: `Код зустрічі — це ${JOIN_CODE_LENGTH} літер і цифр, як ACD 479. Перевір код на екрані.`,
  looking: 'Шукаємо…',
  join: 'Приєднатися',
  anonymous: `Ти не називаєш свого імені. Екран і рада бачать тільки підсумки від ${MIN_GROUP_SIZE} або більше людей.`,

  groupQuestion: 'У якій ти групі?',
  groupHint: 'Можна не казати. Це ніколи не пов’язують з тобою.',
  groups: {
    junior: 'Молодші (від 8 до 13)',
    senior: 'Старші (від 14 до 17)',
    'care-experienced': 'Були під опікою (від 18 до 25)',
    'prefer-not-to-say': 'Не хочу казати',
  },
  joining: 'Приєднуємось…',
  joinWithoutSaying: 'Приєднатися, не кажучи',

  waitingTitle: 'Ти з нами!',
  waiting: 'Перша обіцянка з’явиться тут за мить. Не закривай цю сторінку.',
  promiseCount: (n, total) => `Обіцянка ${n} з ${total}`,
  question: 'Чи виконують цю обіцянку?',
  ratings: survey.ratings,
  tapAnswer: 'Натисни свою відповідь.',
  sending: 'Надсилаємо твій голос…',
  retrying: 'Зараз немає зв’язку. Пробуємо ще раз…',
  voteIn: 'Твій голос прийнято. Його можна змінити, доки голосування не закриють.',
  closedCounted: 'Голосування закрите. Твій голос зараховано. Подивись на екран.',
  closed: 'Голосування за цю обіцянку закрите. Подивись на екран.',
  offline: 'Твій голос не надіслано: немає зв’язку. Спробуй ще раз, коли з’явиться інтернет.',

  problems: {
    not_found: 'Немає зустрічі з таким кодом. Перевір код на екрані або запитай того, хто веде зустріч.',
    not_allowed: 'На цій зустрічі рахують підняті руки, а не телефони. Підніми руку, коли попросять!',
    room_locked: 'Кімнату закрито: усі вже тут, тож ніхто новий не може приєднатися. Запитай того, хто веде зустріч.',
    room_full: 'Ця зустріч заповнена: усі, хто є в кімнаті, вже приєдналися. Запитай того, хто веде зустріч.',
    round_closed: 'Опитування цієї зустрічі закрите, тож голоси більше не можна надіслати.',
    ended: 'Зустріч закінчилася, тож голоси більше не можна надіслати. Дякуємо, що взяв участь!',
    moved_on: 'Група перейшла далі: цієї обіцянки вже немає на екрані.',
    voting_closed: 'Голосування за цю обіцянку закрите. Рахується твій останній голос до закриття.',
    rate_limited: 'Зараз із цієї мережі було забагато спроб. Зачекай хвилину і спробуй ще раз.',
  },
  problemOther: 'Щось пішло не так. Спробуй ще раз або запитай того, хто веде зустріч.',
  noConnection: 'Зараз немає зв’язку. Спробуй ще раз, коли з’явиться інтернет.',

  thanksTitle: 'Дякуємо!',
  thanks: `Зустріч закінчилася. Твої голоси враховано. Рада бачить тільки підсумки від ${MIN_GROUP_SIZE} або більше людей.`,
  joinAnother: 'Приєднатися до іншої зустрічі',
};
