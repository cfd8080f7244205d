/**
 * ts-node with the @nestjs/swagger plugin and nest-cli.json's options, for the scripts that read
 * the OpenAPI document from the sources (bench:fuzz builds its requests from it): the same
 * schema as `nest build` and the specs. The plugin needs the type checker, so this compiles with
 * type information (slower to start than --transpile-only). Usage: node -r ./bench/support/ts-node-swagger-plugin.js file.ts
 */
const { join } = require('node:path');
const { before } = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('../../test/support/swagger-plugin-options');

require('ts-node').register({
  project: join(__dirname, '..', '..', 'tsconfig.json'),
  transformers: (program) => ({ before: [before(swaggerPluginOptions(), program)] }),
});
