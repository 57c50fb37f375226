/** Free of everything else, so the young person's phone can name a text without the translator's file code. */
/** A text's id: a promise's and a section's ids stay the same across pledge versions; a contact is known by its place. */
export const textId = {
  promise: (promiseId: string) => `promise:${promiseId}`,
  easyRead: (promiseId: string) => `easy-read:${promiseId}`,
  section: (sectionId: string) => `section:${sectionId}`,
  contactName: (index: number) => `contact:${index + 1}:name`,
  contactDescription: (index: number) => `contact:${index + 1}:description`,
  /** The council's name, as the survey's top line and start screen show it. */
  councilName: 'council:name',
  /** The open round's name ("Spring 2027"): a new round's name shows the old translation as out of date. */
  roundName: 'round:name',
};
