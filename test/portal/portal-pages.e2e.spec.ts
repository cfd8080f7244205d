/** The portal's pages over HTTP: public, Italian, and loadable under a CSP of script-src 'self' (nothing inline). */
import request from 'supertest';
import { startCaseSystem, type CaseSystem } from '../cases/support/case-system';

const PAGES = ['/portale', '/portale/segnalazione', '/portale/assistenza', '/portale/pratica', '/portale/faq', '/portale/privacy'];

describe('the portal pages', () => {
  let system: CaseSystem;

  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  it.each(PAGES)('%s is public Italian HTML with no inline script, style or handler', async (path) => {
    const response = await request(system.app.getHttpServer()).get(path).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    const page = response.text;
    expect(page).toMatch(/^<!doctype html>\s*<html lang="it">/);
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // every script is a file
    expect(page).not.toMatch(/\sstyle=/);
    expect(page).not.toMatch(/\son[a-z]+=/);
    for (const [, src] of page.matchAll(/<script src="([^"]+)"/g)) {
      await request(system.app.getHttpServer()).get(src).expect(200).expect('content-type', /javascript/);
    }
    for (const [, href] of page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
      await request(system.app.getHttpServer()).get(href).expect(200).expect('content-type', /css/);
    }
  });

  it('prints what the address carries only escaped', async () => {
    const response = await request(system.app.getHttpServer()).get('/portale/pratica?riferimento=%22%3E%3Cscript%3Ealert(1)%3C/script%3E').expect(200);
    expect(response.text).not.toContain('<script>alert(1)</script>');
    expect(response.text).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('serves only its own files, and lives beside the API, not under it', async () => {
    await request(system.app.getHttpServer()).get('/portale/static/../../package.json').expect(404);
    await request(system.app.getHttpServer()).get('/portale/static/secret.js').expect(404);
    await request(system.app.getHttpServer()).get('/api/v1/portale').expect(404);
  });
});
