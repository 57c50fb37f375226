/** The pledge importer: a pasted or uploaded pledge document → a draft of sections and promises. */
export { importPledge, type ImportOptions } from './import-pledge';
export { detectFormat, type ImportFormat } from './detect-format';
export { PledgeImportDraftSchema, type ImportedPromise, type ImportedSection, type PledgeImportDraft } from './draft';
export { explainThemes, suggestThemes, THEME_RULES } from './themes';
export { matchVersions, type PreviousPromise, type NextPromise, type VersionMatch } from './match-versions';
