/**
 * The design system and chart library the portal and the console load in the browser,
 * served from the installed npm packages (no CDN: a municipal network may block one, and
 * the versions stay pinned by the lock file).
 */
import { INestApplication } from '@nestjs/common';
import express from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const WEB_ASSETS_PREFIX = '/assets';

const ONE_DAY_SECONDS = 86_400;

/**
 * Folder of an installed package, found the way Node resolves it. Both packages' `exports`
 * hide their package.json, so walk up from the entry point to the folder that has it.
 */
function packageFolder(name: string): string {
  let folder = dirname(require.resolve(name));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`Cannot find the folder of the package ${name}`);
    folder = parent;
  }
  return folder;
}

export const WEB_ASSET_FOLDERS: Readonly<Record<string, string>> = {
  'bootstrap-italia': join(packageFolder('bootstrap-italia'), 'dist'),
  'chart.js': join(packageFolder('chart.js'), 'dist'),
  // The portal's map (tiles come from OpenStreetMap in the citizen's browser; the form works without them).
  leaflet: join(packageFolder('leaflet'), 'dist'),
};

export function serveWebAssets(app: INestApplication): void {
  for (const [name, folder] of Object.entries(WEB_ASSET_FOLDERS)) {
    app.use(
      `${WEB_ASSETS_PREFIX}/${name}`,
      express.static(folder, { index: false, maxAge: ONE_DAY_SECONDS * 1000 }),
    );
  }
}
