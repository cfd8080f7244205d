/**
 * What every answer and every request body goes through before a controller sees it:
 * security headers, one body parser with bounds, and JSON only for the API. Errors raised
 * here reach the ErrorFilter, so they answer with its JSON body and a 4xx.
 */
import { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { HardeningSettings } from './hardening-settings';
import { bodyTooDeep, deepestNesting, unsupportedMediaType } from './validation';

const API_PATH = '/api/v1/';

/**
 * API paths that may take other bodies than JSON: Open311 (GeoReport v2) clients post
 * form-encoded bodies to POST /open311/v2/requests.{json,xml}, as the spec says (the only
 * non-JSON write). Their form bodies are parsed with the same bounds (at most 1,000
 * parameters, else 413).
 */
export const NON_JSON_API_PREFIXES: string[] = ['/api/v1/open311/'];

/**
 * The two registration routes also take multipart/form-data: the contact as a JSON part
 * `payload`, with photos and PDFs (src/attachments parses and bounds them).
 */
export const MULTIPART_API_ROUTES = new Set(['/api/v1/cases', '/api/v1/public/cases']);

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function hardenHttp(app: INestApplication, settings: HardeningSettings): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI, Bootstrap Italia and Chart.js are all served from this origin.
          scriptSrc: ["'self'"],
          // Bootstrap Italia (and Swagger UI) set inline styles from their scripts.
          styleSrc: ["'self'", "'unsafe-inline'"],
          // The portal's map draws OpenStreetMap's tiles.
          imgSrc: ["'self'", 'data:', 'https://tile.openstreetmap.org'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(API_PATH, (_request: Request, response: Response, next: NextFunction) => {
    // API answers carry personal data (names, contacts, case texts): no cache may keep them.
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
    next();
  });
  app.use(API_PATH, requireJsonBodies);
  // One parser with explicit bounds for every body; Nest's own parsers then see the body
  // parsed and let it be. Their errors carry a 4xx status the ErrorFilter keeps.
  app.use(express.json({ limit: settings.maxBodyBytes, type: ['application/json', 'application/*+json'] }));
  app.use(express.urlencoded({ limit: settings.maxBodyBytes, extended: false, parameterLimit: 1000 }));
  app.use((request: Request, _response: Response, next: NextFunction) => {
    // class-transformer and the validators recurse: a body nested thousands deep overflows the stack.
    if (request.body !== undefined && deepestNesting(request.body, settings.maxJsonDepth) > settings.maxJsonDepth) {
      return next(bodyTooDeep(settings.maxJsonDepth));
    }
    next();
  });
}

/** The API reads JSON only: any other body would be ignored or, form-encoded, run as a command. */
function requireJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request)) return next();
  if (NON_JSON_API_PREFIXES.some((prefix) => request.originalUrl.startsWith(prefix))) return next();
  if (request.method === 'POST' && MULTIPART_API_ROUTES.has(request.originalUrl.split('?')[0]) && request.is('multipart/form-data')) return next();
  const contentType = request.headers['content-type'] ?? '';
  if (!request.is(['application/json', 'application/*+json'])) {
    return next(unsupportedMediaType(`The API reads application/json bodies only (got "${contentType || 'none'}")`));
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return next(unsupportedMediaType(`JSON bodies are read in UTF-8 only (got charset "${charset}")`));
  }
  next();
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
