import { buildApp } from './app-factory';
import type { AppDeps } from './deps';
import { publicGroup } from './routes/public';
import { staffGroup } from './routes/staff';

/** The staff function's app: the staff routes, and the OpenAPI document of every route, public ones included. */
export const staffApp = (deps: AppDeps) => buildApp(deps, { serves: [staffGroup], documents: [publicGroup] });
