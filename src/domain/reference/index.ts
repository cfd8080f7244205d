export * from './reference-counter';
