import type { Open311Format } from './open311-format';

/** The format a fixed resource was asked in: its extension. */
export function formatOfPath(path: string): Open311Format {
  return path.endsWith('.xml') ? 'xml' : 'json';
}

/** GeoReport v2 clients read errors in the spec's own shape, whichever layer refused the request. */
export const OPEN311_PATH_PREFIX = '/api/v1/open311/';

export function isOpen311Path(path: string): boolean {
  return path.startsWith(OPEN311_PATH_PREFIX);
}
