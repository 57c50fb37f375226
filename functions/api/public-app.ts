import { buildApp } from './app-factory';
import type { AppDeps } from './deps';
import { publicGroup } from './routes/public';

/** The public function's app: young people's routes only, no OpenAPI document (the staff function serves it). */
export const publicApp = (deps: AppDeps) => buildApp(deps, { serves: [publicGroup] });
