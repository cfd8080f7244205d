/**
 * The public surface of src/ for the read side (projections/): the event contracts, the
 * store port with its positions and errors, the clock and Rome time. A lint rule
 * (.dependency-cruiser.cjs, `npm run lint:boundary`) keeps projections/ from reaching past it
 * into the write side; the few infrastructure entries it also allows are listed there.
 */
export * from './contracts';
export * from './event-store/event-store.port';
export * from './event-store/position';
export * from './event-store/errors';
export * from './shared/clock';
export * from './shared/rome-time';
export * from './shared/coalesced-signal';
export type { Actor } from './domain/shared/actor';
export * from './auth/users/user-events';
export * from './log-following/log-follower';
// The questions the write side asks the read side: ports it defines, the read side answers.
export type { RequestStatuses, RequestStatusQuery, RequestStatusRow } from './open311/get-requests/request-statuses.port';
export type { CaseReferences } from './citizen-access/case-references';
// The channel the PostgreSQL store's subscriptions LISTEN on: the log runner wakes them after its own commits (log-wake.ts).
export { APPENDED_CHANNEL } from './event-store/postgres/append-sql';
