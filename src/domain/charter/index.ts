export * from './charter-commands';
export * from './charter-decider';
export * from './standards-in-force';
export * from './case-terms-lookup';
