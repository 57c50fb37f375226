import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { API_PATHS, API_PREFIX, PUBLIC_PREFIX, STAFF_PREFIX } from '../../shared/api-paths';
import { MAX_BODY_BYTES, REQUEST_BODY_TIMEOUT_MS, REQUEST_DEADLINE_MS } from '../../shared/limits';
import { RATE_LIMITS } from '../../shared/rate-limits';
import type { AppDeps } from './deps';
import type { AppEnv } from './env';
import { HttpError } from './http-error';
import { receiveBody } from './middleware/body-arrival';
import { deadline } from './middleware/deadline';
import { errorHandler, notFoundHandler } from './middleware/errors';
import { rateLimit } from './middleware/rate-limit';
import { staffAuth } from './middleware/staff-auth';
import { validationHook } from './middleware/validation-hook';
import { publicRoutes } from './routes/public';
import { BEARER } from './routes/route-kit';
import { staffRoutes } from './routes/staff';
import { PAGE_SECURITY_HEADERS } from './security-headers';

/** The one Hono app: the Lambda entry and the local runner both serve exactly this. */
export const createApp = (deps: AppDeps) => {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(deps.logger));
  app.notFound(notFoundHandler);

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
  if (deps.rateLimits !== false) app.use(`${PUBLIC_PREFIX}/*`, rateLimit(deps, deps.rateLimits ?? RATE_LIMITS));
  app.use(`${STAFF_PREFIX}/*`, staffAuth(deps.verifyStaffToken, deps.store.staffAccess));

  for (const register of [...publicRoutes, ...staffRoutes]) register(app, deps);

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
  return app;
};
