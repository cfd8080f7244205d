/**
 * The event contracts: what the write side appends and the read side consumes.
 * This folder depends on nothing but type aliases from src/shared; projections import
 * only from here.
 */
export * from './event';
export * from './vocabulary';
export * from './case-terms';
export * from './case-events';
export * from './sector-events';
export * from './charter-events';
export * from './reference-events';
export * from './corrective-action-events';
export * from './faq-events';
export * from './category-events';
export * from './channel-policy-events';
export * from './message-events';
export * from './event-types';
export * from './streams';
export * from './personal-data';
export * from './outbox-messages';
export * from './received-description';
export * from './message-purposes';
