export * from './case-commands';
export * from './case-state';
export * from './case-decider';
export * from './case-evolve';
export * from './case-deadlines';
export * from './case-permissions';
export * from './case-terms';
export {
  ANONYMOUS_CITIZEN_MESSAGE,
  PROPER_CHANNELS_FOR_COMPLAINTS,
  SOCIAL_CHANNEL_CITIZEN_MESSAGE,
  isIdentified,
  normalizeCitizenDetails,
} from './citizen-contact-rules';
export * from './case-registration';
