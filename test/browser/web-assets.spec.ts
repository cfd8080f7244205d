import request from 'supertest';
import { RunningSystem, startSystem } from '../../src/app';
import { loadAppConfig } from '../../src/config/app-config';
import { ManualClock } from '../../src/shared/clock';
import { provisionTestDatabase, TestDatabase } from '../support/database';
import { describeInBrowser, launchChromium, seriousAccessibilityViolations } from './support/browser';

describe('web assets served from the installed packages', () => {
  let database: TestDatabase;
  let system: RunningSystem;

  beforeAll(async () => {
    database = await provisionTestDatabase({ migrate: false });
    system = await startSystem(loadAppConfig({ DATABASE_URL: database.url, URP_DEMO: '1', URP_DEADLINES_TICK_MS: '0' }), {
      clock: new ManualClock('2026-03-02T08:00:00Z'),
      logger: ['error'],
    });
    await system.app.init();
  });
  afterAll(async () => {
    await system?.stop();
    await database?.dispose();
  });

  it('serves the Bootstrap Italia stylesheet, its icon sprite and Chart.js', async () => {
    const server = system.app.getHttpServer();
    const css = await request(server).get('/assets/bootstrap-italia/css/bootstrap-italia.min.css').expect(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    await request(server).get('/assets/bootstrap-italia/svg/sprites.svg').expect(200);
    const chart = await request(server).get('/assets/chart.js/chart.umd.min.js').expect(200);
    expect(chart.headers['content-type']).toMatch(/javascript/);
  });

  it('answers a missing asset with 404, not a folder listing', async () => {
    await request(system.app.getHttpServer()).get('/assets/bootstrap-italia/no-such-file.css').expect(404);
    await request(system.app.getHttpServer()).get('/assets/bootstrap-italia/').expect(404);
  });
});

describeInBrowser('the browser harness', () => {
  it('drives Debian Chromium and finds a real accessibility violation with axe-core', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<html lang="it"><body><main><img src="data:image/png;base64,iVBORw0KGgo="><input type="text"></main></body></html>');
      const violations = await seriousAccessibilityViolations(page);
      expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
    } finally {
      await browser.close();
    }
  });
});
