/**
 * The staff console: static HTML, CSS and ES modules (no bundler, no inline script, so a
 * CSP of `script-src 'self'` holds), served at /console by the same server as the API.
 * The files live in src/console/public; `nest build` does not copy them, so the folder is
 * found from here upwards, which works from src (ts-node) and from dist alike.
 */
import { INestApplication } from '@nestjs/common';
import express from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CONSOLE_PATH = '/console';

export function consoleFolder(): string {
  const here = join(__dirname, 'public');
  if (existsSync(join(here, 'index.html'))) return here;
  let folder = __dirname;
  for (;;) {
    const candidate = join(folder, 'src', 'console', 'public');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the console files (src/console/public)');
    folder = parent;
  }
}

export function serveConsole(app: INestApplication): void {
  const folder = consoleFolder();
  // Revalidated on every load: a new version of the console is picked up at once.
  app.use(CONSOLE_PATH, express.static(folder, { index: 'index.html', maxAge: 0, redirect: true }));
}
