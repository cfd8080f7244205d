/**
 * Every schema change, in order. Each feature adds its migration classes here (the event
 * store's, then the read models'); `synchronize` is never used.
 */
import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

export const MIGRATIONS: MigrationClass[] = [];
