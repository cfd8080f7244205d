/**
 * One running system with the demo comune, a Chromium page on its console, and the steps
 * every console journey shares: sign in as a demo user, scan the page with axe-core (and
 * keep a screenshot to look at), ask the API for a token.
 */
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { RunningSystem, startSystem } from '../../../src/app';
import { loadAppConfig } from '../../../src/config/app-config';
import { seedDemoOnFirstStart } from '../../../src/demo/seed-demo-on-first-start';
import { ManualClock } from '../../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../../support/database';
import { launchChromium, seriousAccessibilityViolations, VIEWPORTS } from './browser';

export const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS ?? '/tmp';

export interface ConsoleWorld {
  system: RunningSystem;
  page: Page;
  baseUrl: string;
  logIn(username: string): Promise<void>;
  logOut(): Promise<void>;
  /** Screenshot to `${SCREENSHOTS}/console-${name}.png`, then 0 serious or critical axe violations. */
  scan(name: string): Promise<void>;
  apiToken(username: string, password?: string): Promise<string>;
  /** The API as `username`, with supertest (a second person acting behind the page's back). */
  api(username: string): Promise<{ get: (path: string) => request.Test; post: (path: string) => request.Test }>;
  stop(): Promise<void>;
}

export async function startConsoleWorld(now = '2026-03-02T08:00:00Z'): Promise<ConsoleWorld> {
  const database: TestDatabase = await provisionTestDatabase({ migrate: false });
  const system = await startSystem(loadAppConfig({ DATABASE_URL: database.url, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0' }), {
    clock: new ManualClock(now),
    logger: ['error'],
  });
  await seedDemoOnFirstStart(system.app);
  await system.app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(system.app.getHttpServer().address() as AddressInfo).port}`;
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  // The machine is shared: allow for a loaded CPU rather than fail on a slow frame.
  page.setDefaultTimeout(45_000);
  page.on('pageerror', (error) => {
    throw error;
  });
  const server = () => system.app.getHttpServer();

  const world: ConsoleWorld = {
    system,
    page,
    baseUrl,
    async logIn(username) {
      await page.goto(`${baseUrl}/console/`);
      await page.getByLabel('Nome utente').fill(username);
      await page.getByLabel('Password').fill('demo');
      await page.getByRole('button', { name: 'Accedi' }).click();
      await page.getByRole('button', { name: 'Esci' }).waitFor({ timeout: 10_000 }).catch(async (error) => {
        await page.screenshot({ path: `${SCREENSHOTS}/console-login-failed.png` });
        throw error;
      });
    },
    async logOut() {
      await page.getByRole('button', { name: 'Esci' }).click();
    },
    async scan(name) {
      await page.screenshot({ path: `${SCREENSHOTS}/console-${name}.png`, fullPage: true });
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    },
    async apiToken(username, password = 'demo') {
      const response = await request(server()).post('/api/v1/auth/token').send({ username, password }).expect(200);
      return response.body.accessToken;
    },
    async api(username) {
      const token = await world.apiToken(username);
      return {
        get: (path) => request(server()).get(`/api/v1${path}`).set('authorization', `Bearer ${token}`),
        post: (path) => request(server()).post(`/api/v1${path}`).set('authorization', `Bearer ${token}`),
      };
    },
    async stop() {
      await browser.close();
      await system.stop();
      await database.dispose();
    },
  };
  return world;
}
