/** Unit specs (pure domain, no I/O) and integration specs (real PostgreSQL) share one run. */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testMatch: ['<rootDir>/{src,projections,test}/**/*.spec.ts'],
  // The @nestjs/swagger plugin, as `nest build` applies it (nest-cli.json): the OpenAPI document is the same.
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.jest.json', astTransformers: { before: ['<rootDir>/test/support/swagger-plugin-transformer.js'] } },
    ],
  },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
