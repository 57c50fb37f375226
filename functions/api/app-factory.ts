import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { API_PATHS, API_PREFIX, PUBLIC_PREFIX, STAFF_PREFIX } from '../../shared/api-paths';
import { MAX_BODY_BYTES, REQUEST_BODY_TIMEOUT_MS, REQUEST_DEADLINE_MS } from '../../shared/limits';
import { RATE_LIMITS } from '../../shared/rate-limits';
import type { AppDeps } from './deps';
import type { AppEnv, RegisterRoutes } from './env';
import { HttpError } from './http-error';
import { receiveBody } from './middleware/body-arrival';
import { deadline } from './middleware/deadline';
import { edgeCache } from './middleware/edge-cache';
import { errorHandler, notFoundHandler } from './middleware/errors';
import { rateLimit } from './middleware/rate-limit';
import { staffAuth } from './middleware/staff-auth';
import { validationHook } from './middleware/validation-hook';
import type { RouteGroup } from './route-groups';
import { BEARER } from './routes/route-kit';
import { PAGE_SECURITY_HEADERS } from './security-headers';

export interface AppShape {
  /** The route groups this app answers. */
  serves: readonly RouteGroup[];
  /**
   * When set, the app serves /api/openapi.json describing what it serves and these groups too (which it
   * does not answer: another function does). Absent: no document, and no OpenAPI generator is run.
   */
  documents?: readonly RouteGroup[];
}

const routesOf = (groups: readonly RouteGroup[]): RegisterRoutes[] => [...new Set(groups.flatMap((g) => g.routes))];

/**
 * Builds a Hono app of the given route groups, always with the same middleware in the same order: the
 * whole app locally (functions/local), the public or the staff app in AWS (functions/lambda).
 */
export const buildApp = (deps: AppDeps, shape: AppShape) => {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(deps.logger));
  app.notFound(notFoundHandler);
  const serves = (audience: RouteGroup['audience']) => shape.serves.some((g) => g.audience === audience);

  app.use(
    `${API_PREFIX}/*`,
    secureHeaders({
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
      xFrameOptions: 'DENY',
      strictTransportSecurity: PAGE_SECURITY_HEADERS['Strict-Transport-Security'],
      // An answer of the API is data: it loads nothing, runs nothing and no page may frame it.
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
      permissionsPolicy: { geolocation: false, camera: false, microphone: false, payment: false, usb: false },
    }),
  );
  app.use(`${API_PREFIX}/*`, async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use(
    `${API_PREFIX}/*`,
    receiveBody(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new HttpError(
            413,
            'too_large',
            `The request is larger than ${MAX_BODY_BYTES / 1024} KB. Send fewer comments at a time.`,
          );
        },
      }),
      REQUEST_BODY_TIMEOUT_MS,
    ),
  );
  app.use(`${API_PREFIX}/*`, deadline(REQUEST_DEADLINE_MS));
  if (serves('public')) {
    app.use(`${PUBLIC_PREFIX}/*`, edgeCache());
    if (deps.rateLimits !== false) app.use(`${PUBLIC_PREFIX}/*`, rateLimit(deps, deps.rateLimits ?? RATE_LIMITS));
  }
  if (serves('staff')) app.use(`${STAFF_PREFIX}/*`, staffAuth(deps.verifyStaffToken, deps.store.staffAccess));

  for (const register of routesOf(shape.serves)) register(app, deps);

  if (shape.documents) {
    // Groups served elsewhere are registered on an app that is never served, for their descriptions only.
    const elsewhere = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
    const served = new Set(routesOf(shape.serves));
    for (const register of routesOf(shape.documents)) if (!served.has(register)) register(elsewhere, deps);
    for (const definition of elsewhere.openAPIRegistry.definitions)
      if (definition.type === 'route') app.openAPIRegistry.registerPath(definition.route);
    app.openAPIRegistry.registerComponent('securitySchemes', BEARER, {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    app.doc31(API_PATHS.openApi, {
      openapi: '3.1.0',
      info: {
        title: 'Promise Check API',
        version: '1',
        description: 'Young people rate, promise by promise, whether their council keeps its pledge.',
      },
    });
  }
  return app;
};
