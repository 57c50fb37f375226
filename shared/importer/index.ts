/** The pledge importer: a pasted or uploaded pledge document → a draft of sections and promises. */

export { detectFormat, type ImportFormat } from './detect-format';
export { type ImportedPromise, type ImportedSection, type PledgeImportDraft, PledgeImportDraftSchema } from './draft';
export { type ImportOptions, importPledge } from './import-pledge';
export { matchVersions, type NextPromise, type PreviousPromise, type VersionMatch } from './match-versions';
export { explainThemes, suggestThemes, THEME_RULES } from './themes';
