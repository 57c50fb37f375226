import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from './deps';
import type { StaffEnv } from './middleware/staff-auth';

export type AppEnv = StaffEnv;
export type App = OpenAPIHono<AppEnv>;

/** Each route module adds its routes to the app with the dependencies it needs. */
export type RegisterRoutes = (app: App, deps: AppDeps) => void;
