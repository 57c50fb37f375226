import { buildApp } from './app-factory';
import type { AppDeps } from './deps';
import { publicApp } from './public-app';
import type { Audience } from './route-groups';
import { publicGroup } from './routes/public';
import { staffGroup } from './routes/staff';
import { staffApp } from './staff-app';

/**
 * The Hono app of one audience, or of both (the default): the local runner serves both in one app; in
 * AWS the public function serves `publicApp` (public-app.ts, which imports no staff route) and the staff
 * function `staffApp` (staff-app.ts). All three come from buildApp and the same route groups.
 */
export const createApp = (deps: AppDeps, audience: Audience | 'both' = 'both') => {
  if (audience === 'public') return publicApp(deps);
  if (audience === 'staff') return staffApp(deps);
  return buildApp(deps, { serves: [publicGroup, staffGroup], documents: [] });
};
