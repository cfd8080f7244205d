export * from './user-decider';
