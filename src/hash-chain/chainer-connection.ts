import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { sessionConfigFor } from '../database/dedicated-session';

export const CHAINER_APPLICATION_NAME = 'urp-hash-chainer';

/** The chainer's session: its lease and its writes, outside the application's pool. */
export function chainerConnectionFor(dataSource: DataSource): ClientConfig {
  return sessionConfigFor(dataSource, CHAINER_APPLICATION_NAME);
}
