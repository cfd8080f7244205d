/**
 * Access is decided on every request from the users and sectors in memory: a deactivated
 * user and a referent removed from their sector are refused on the very next request, with
 * nothing appended, without waiting for a token to expire.
 */
import { DEMO_PASSWORD } from '../../src/auth';
import { act, registerCase } from '../cases/support/case-steps';
import { SECTORS, startCaseSystem, type CaseSystem } from '../cases/support/case-system';

describe('losing access', () => {
  let system: CaseSystem;
  let adminToken: string;

  beforeAll(async () => {
    system = await startCaseSystem();
    const answer = await system.http().post('/api/v1/auth/token').send({ username: 'admin', password: DEMO_PASSWORD }).expect(200);
    adminToken = answer.body.accessToken;
  }, 60_000);
  afterAll(() => system?.stop());

  it('a referent removed from their sector gets 403 REFERENT_REMOVED on the next request', async () => {
    const referentId = system.userId('referent-tributi');
    await system.as('admin').post(`/sectors/${SECTORS.tributi.id}/referents`, { userId: referentId, displayName: 'Referente Tributi' }).expect(201);
    const { id } = await registerCase(system);
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.tributi.id });
    // Still a referent: acts on the sector's case.
    await act(system, 'referent-tributi', id, 'hand-back', { reason: 'Competenza dei Lavori Pubblici.' });
    await act(system, 'operator', id, 'route', { sectorId: SECTORS.tributi.id });

    await system
      .http()
      .delete(`/api/v1/sectors/${SECTORS.tributi.id}/referents/${referentId}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const before = await system.eventCount();
    const refused = await system.as('referent-tributi').post(`/cases/${id}/take-charge`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('REFERENT_REMOVED');
    expect(await system.eventCount()).toBe(before);

    // Appointed again, the same token works again.
    await system.as('admin').post(`/sectors/${SECTORS.tributi.id}/referents`, { userId: referentId, displayName: 'Referente Tributi' }).expect(201);
    expect(await act(system, 'referent-tributi', id, 'take-charge')).toMatchObject({ status: 'in_charge' });
  });

  it('a deactivated user gets 401 on the next request, and nothing is appended', async () => {
    await registerCase(system); // the operator's token works
    await system.as('admin').post(`/users/${system.userId('operator')}/deactivation`, { reason: 'Trasferito ad altro ente.' }).expect(200);
    const before = await system.eventCount();
    const refused = await system.as('operator').post('/cases', {});
    expect(refused.status).toBe(401);
    expect(await system.eventCount()).toBe(before);
  });
});
