/**
 * Free of zod, so the young person's phone reads it as it is (the schema is in languages.ts).
 *
 * The languages a young person can read the survey and the live-session phone page in: one home for
 * their codes, names, direction, script and the speech tags a phone's voices use. A language is listed
 * here once its screen words exist (web/src/survey/i18n/, web/src/join/i18n/); a council still offers it
 * to its young people only after recording that a fluent speaker checked those words, and only when its
 * own texts (promises, sections, help contacts) are translated for the open round.
 */
export const LANGUAGES = {
  en: { name: 'English', englishName: 'English', dir: 'ltr', script: 'Latn', speech: ['en-GB', 'en'] },
  ar: { name: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'Arab', speech: ['ar'] },
  ps: { name: 'پښتو', englishName: 'Pashto', dir: 'rtl', script: 'Arab', speech: ['ps'] },
  /** Dari: ISO 639-3 "prs"; phones that have a voice for it usually call it fa-AF. */
  prs: { name: 'دری', englishName: 'Dari', dir: 'rtl', script: 'Arab', speech: ['prs', 'fa-AF'] },
  fa: { name: 'فارسی', englishName: 'Farsi', dir: 'rtl', script: 'Arab', speech: ['fa-IR', 'fa'] },
  /** Kurdish (Sorani), written in Arabic script. */
  ckb: { name: 'کوردی', englishName: 'Kurdish (Sorani)', dir: 'rtl', script: 'Arab', speech: ['ckb', 'ku'] },
  /** Tigrinya, written in Ethiopic (Ge'ez) script. */
  ti: { name: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', script: 'Ethi', speech: ['ti'] },
  uk: { name: 'Українська', englishName: 'Ukrainian', dir: 'ltr', script: 'Cyrl', speech: ['uk'] },
} as const satisfies Record<
  string,
  { name: string; englishName: string; dir: 'ltr' | 'rtl'; script: string; speech: readonly string[] }
>;

export type LanguageCode = keyof typeof LANGUAGES;
export type Direction = 'ltr' | 'rtl';
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
/** The language every council writes its pledge in; every other language is a translation of it. */
export const SOURCE_LANGUAGE: LanguageCode = 'en';
export const TRANSLATION_LANGUAGES = LANGUAGE_CODES.filter((l) => l !== SOURCE_LANGUAGE);

export const isLanguageCode = (x: string | null | undefined): x is LanguageCode => !!x && x in LANGUAGES;

/**
 * The language a browser's list asks for, among ours: an exact code first ("prs", "fa-AF" → Dari),
 * then the part before the dash ("ar-EG" → Arabic), else null.
 */
export const languageFromTag = (tag: string): LanguageCode | null => {
  const lower = tag.toLowerCase();
  for (const code of LANGUAGE_CODES) {
    if (LANGUAGES[code].speech.some((s) => s.toLowerCase() === lower)) return code;
  }
  const base = lower.split('-')[0];
  return isLanguageCode(base) ? base : null;
};

/**
 * The language of a young person's pages: the one picked on this phone (in the survey or a live session), else the
 * first of the browser's languages we have ("ar-EG" counts as Arabic, "fa-AF" as Dari), else English.
 */
export const pickLanguage = (picked: string | null, browser: readonly string[]): LanguageCode => {
  if (isLanguageCode(picked)) return picked;
  for (const tag of browser) {
    const lang = languageFromTag(tag);
    if (lang) return lang;
  }
  return SOURCE_LANGUAGE;
};

/**
 * The languages a young person's page offers. Where a council is known (its survey, its privacy page, a session
 * once its code is typed): English and the languages that council switched on for its open round, after a fluent
 * speaker checked them. Where none is known yet (the privacy page on its own, a session's page before its code,
 * which a child reaches on a phone that has never opened a survey): English, the phone's own language where we
 * have it (a child who reads only Arabic must be able to read how to join), and the last language a council
 * offered that this phone was read in; never the other packs.
 */
export const languagesToOffer = (
  council: readonly string[] | null,
  phone: { readHere: string | null; browser: readonly string[] },
): LanguageCode[] => {
  const own = pickLanguage(null, phone.browser);
  const others = council ?? [own, ...(phone.readHere === null ? [] : [phone.readHere])];
  return [
    SOURCE_LANGUAGE,
    ...others.filter(
      (l, i): l is LanguageCode => isLanguageCode(l) && l !== SOURCE_LANGUAGE && others.indexOf(l) === i,
    ),
  ];
};
