export * from './category-commands';
export * from './category-decider';
