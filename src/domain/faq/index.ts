export * from './faq-commands';
export * from './faq-decider';
