/** The @nestjs/swagger plugin's options, read from nest-cli.json: one place for every way the code is compiled. */
const { join } = require('node:path');

function swaggerPluginOptions() {
  const { compilerOptions } = require(join(__dirname, '..', '..', 'nest-cli.json'));
  const plugin = (compilerOptions.plugins ?? []).find((entry) => entry === '@nestjs/swagger' || entry.name === '@nestjs/swagger');
  if (!plugin) throw new Error('nest-cli.json does not list the @nestjs/swagger plugin');
  return typeof plugin === 'string' ? {} : (plugin.options ?? {});
}

module.exports = { swaggerPluginOptions };
