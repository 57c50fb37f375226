/** The council admin's calls for the council's settings. */

import { API_PATHS, fill } from '../../../../shared/api-paths';
import type { CouncilSettingsChange, CouncilSettingsView } from '../../../../shared/schemas/council';
import { apiFetch } from '../../lib/api';

/** Whatever the staff pages hold to sign their calls (useStaff's token). */
type Token = NonNullable<Parameters<typeof apiFetch>[1]>['token'];

const settingsUrl = (councilId: string) => fill(API_PATHS.settings, { councilId });

export const settingsApi = (token: Token, councilId: string) => ({
  read: () => apiFetch<CouncilSettingsView>(settingsUrl(councilId), { token }),
  save: (change: CouncilSettingsChange) =>
    apiFetch<CouncilSettingsView>(settingsUrl(councilId), { method: 'PUT', token, body: change }),
});
