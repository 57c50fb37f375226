import { z } from 'zod';

/** The fixed list of themes every promise can carry; benchmarking across councils is by theme. */
export const THEMES = [
  { id: 'social-worker', label: 'Social worker' },
  { id: 'care-plan', label: 'Care plan and reviews' },
  { id: 'iro', label: 'Independent reviewing officer' },
  { id: 'where-you-live', label: 'Where you live' },
  { id: 'family-friends', label: 'Family and friends' },
  { id: 'education', label: 'Education' },
  { id: 'health', label: 'Health' },
  { id: 'identity-culture', label: 'Identity and culture' },
  { id: 'having-a-say', label: 'Having a say' },
  { id: 'leaving-care', label: 'Leaving care' },
  { id: 'advocacy-complaints', label: 'Advocacy and complaints' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];
export const THEME_IDS = THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]];
export const ThemeIdSchema = z.enum(THEME_IDS, {
  error: () => `A theme must be one of: ${THEME_IDS.join(', ')}`,
});
export const themeLabel = (id: ThemeId): string => THEMES.find((t) => t.id === id)?.label ?? id;
