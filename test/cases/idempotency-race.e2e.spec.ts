/**
 * The same Idempotency-Key sent at the same moment with different bodies: exactly one
 * request is recorded, it gets 201 with its own body's case, every other gets 422
 * IDEMPOTENCY_KEY_REUSED, and one case is registered, every round.
 */
import { PersonalDataVault } from '../../src/personal-data';
import { caseEvents, startCaseSystem, type CaseSystem } from './support/case-system';
import { aComplaint } from './support/case-steps';

const ROUNDS = 100;
const CONTENDERS = 3;

describe('one Idempotency-Key, different bodies, at the same moment', () => {
  let system: CaseSystem;
  beforeAll(async () => {
    system = await startCaseSystem({ at: '2026-03-02T09:00:00Z' });
  });
  afterAll(() => system?.stop());

  it(`the answer always belongs to the body that was recorded (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const key = { 'Idempotency-Key': `race-round-${String(round).padStart(4, '0')}` };
      const bodies = Array.from({ length: CONTENDERS }, (_, i) => aComplaint({ location: `Via Roma ${round}-${i}` }));
      const responses = await Promise.all(bodies.map((body) => system.as('operator').post('/cases', body, key)));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 422)).toHaveLength(CONTENDERS - 1);
      for (const refused of responses.filter((r) => r.status === 422)) expect(refused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const winner = responses.findIndex((r) => r.status === 201);
      // The recorded case holds the winner's own body (the location is sealed: open it with the vault).
      const [received] = await caseEvents(system.store, responses[winner].body.id);
      const opened = await system.app.get(PersonalDataVault).unsealFields(received.data as Record<string, unknown>, ['location']);
      expect(opened.location).toBe(bodies[winner].location);
      // A retry of the winner's body replays its answer; the others' bodies stay refused.
      const again = await system.as('operator').post('/cases', bodies[winner], key);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(responses[winner].body);
    }
  }, 180_000);
});
