/** The domain core: pure deciders and policies. No framework, no I/O, no clock. */
export * from './shared/domain-error';
export * from './shared/error-codes';
export * from './shared/decider';
export * from './shared/actor';
export * from './case';
export * from './sector';
export * from './charter';
export * from './reference';
export * from './user';
export * from './faq';
export * from './category';
export * from './channel-policy';
