/**
 * The @nestjs/swagger CLI plugin for ts-jest (jest.config.js astTransformers), with the options
 * of nest-cli.json, so the specs that read the OpenAPI document see the schema `nest build`
 * produces. The plugin needs the type checker: ts-jest must not run in isolatedModules mode.
 */
const { createHash } = require('node:crypto');
const { before } = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('./swagger-plugin-options');

module.exports.name = 'nestjs-swagger-plugin';
// ts-jest caches transformed files by this version: it changes with the options and the plugin.
module.exports.version = createHash('sha256')
  .update(JSON.stringify([swaggerPluginOptions(), require('@nestjs/swagger/package.json').version]))
  .digest('hex')
  .slice(0, 12);
module.exports.factory = (compiler) => before(swaggerPluginOptions(), compiler.program);
