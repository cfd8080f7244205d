export * from './sector-commands';
export * from './sector-decider';
