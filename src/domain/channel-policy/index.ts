export * from './channel-policy';
