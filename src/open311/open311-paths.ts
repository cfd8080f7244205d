import type { Open311Format } from './open311-format';

/** The format a fixed resource was asked in: its extension. */
export function formatOfPath(path: string): Open311Format {
  return path.endsWith('.xml') ? 'xml' : 'json';
}
