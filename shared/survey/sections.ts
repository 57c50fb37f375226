/**
 * "Sections first" (docs/methods.md): a round may ask each young person to pick the parts of the pledge that
 * matter to them, and then asks promises from those parts. Pure and free of zod, so the phone uses it as it is.
 */
export interface SectionOfPromises {
  sectionId: string;
  promises: readonly { promiseId: string }[];
}

/**
 * The promises a young person may be asked (`eligible`, from audience.ts, in pledge order) kept to the parts they
 * picked. Picking none, or only parts with none of their promises, keeps them all: nobody is left with nothing to rate.
 */
export const inChosenSections = (
  eligible: readonly string[],
  sections: readonly SectionOfPromises[],
  chosen: readonly string[] | undefined,
): string[] => {
  if (!chosen?.length) return [...eligible];
  const picked = new Set(
    sections.filter((s) => chosen.includes(s.sectionId)).flatMap((s) => s.promises.map((p) => p.promiseId)),
  );
  const kept = eligible.filter((id) => picked.has(id));
  return kept.length > 0 ? kept : [...eligible];
};

/**
 * Where "Rate some more?" takes the next promises from: the parts they picked while any is left, then the rest of
 * the promises about them.
 */
export const moreFrom = (
  inChosen: readonly string[],
  eligible: readonly string[],
  asked: readonly string[],
): string[] => (inChosen.some((id) => !asked.includes(id)) ? [...inChosen] : [...eligible]);

/** Whether the survey asks for parts at all: only a round that says so, and a pledge of more than one part. */
export const asksSectionsFirst = (
  sectionsFirst: boolean | undefined,
  sections: readonly SectionOfPromises[],
): boolean => sectionsFirst === true && sections.filter((s) => s.promises.length > 0).length > 1;
