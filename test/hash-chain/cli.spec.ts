/** `urp audit verify-chain | chain-head` against a real database: what an operator sees. */

import { EXIT_CANNOT_VERIFY } from '../../src/cli/commands/audit.command';
import { urp } from '../cli/support/run-urp';
import { allEvents, appendEvents, ChainFixture, chainEverything, openChainFixture, storedLinks, withTriggersDisabled } from './support/chain-fixture';

const EXIT_INTACT = 0;
const EXIT_MISMATCH = 1;

describe('audit CLI', () => {
  let fixture: ChainFixture;

  beforeAll(async () => {
    fixture = await openChainFixture();
    await appendEvents(fixture.store, 5);
    const chainer = await fixture.newChainer();
    chainer.start();
    await chainEverything(chainer, fixture.store);
    await chainer.stop();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  const run = (args: string[]) => urp(['audit', ...args], { databaseUrl: fixture.database.url });

  it('verify-chain says INTACT and exits 0 on an untouched store', async () => {
    const links = await storedLinks(fixture.admin);
    const result = await run(['verify-chain']);
    expect(result.code).toBe(EXIT_INTACT);
    expect(result.stdout).toBe(`hash chain INTACT: 15 events verified up to link 15 (hash ${links[14].hash})\n`);
  });

  it('chain-head prints the value to publish', async () => {
    const links = await storedLinks(fixture.admin);
    const result = await run(['chain-head', '--json']);
    expect(result.code).toBe(EXIT_INTACT);
    expect(JSON.parse(result.stdout)).toMatchObject({ sequence: 15, hash: links[14].hash, eventId: links[14].event_id });
  });

  it('checks a published head: exit 0 when it still holds, 1 when it does not', async () => {
    const links = await storedLinks(fixture.admin);
    const holds = await run(['verify-chain', '--published-head', `10:${links[9].hash}`]);
    expect(holds.code).toBe(EXIT_INTACT);
    expect(holds.stdout).toContain(`published head MATCHES: link 10 still holds ${links[9].hash}`);

    const rewritten = await run(['verify-chain', '--published-head', `10:${'e'.repeat(64)}`]);
    expect(rewritten.code).toBe(EXIT_MISMATCH);
    expect(rewritten.stdout).toContain(`published head MISMATCH: link 10 was published as ${'e'.repeat(64)}, the chain holds ${links[9].hash}`);

    const truncated = await run(['verify-chain', '--published-head', `99:${'e'.repeat(64)}`]);
    expect(truncated.code).toBe(EXIT_MISMATCH);
    expect(truncated.stdout).toContain('the chain has no such link');
  });

  it('refuses a bad argument (exit 2)', async () => {
    const bad = await run(['verify-chain', '--published-head', 'yesterday']);
    expect(bad.code).toBe(EXIT_CANNOT_VERIFY);
    expect(bad.stderr).toContain('<sequence>:<64 hex digits> is needed');
  });

  // Last: it tampers with the shared store.
  it('verify-chain names the edited event in one line and exits 1', async () => {
    const victim = (await allEvents(fixture.store))[7];
    await withTriggersDisabled(fixture.admin, 'events', `UPDATE events SET data = '{"subject":"modificato"}' WHERE event_id = $1`, [victim.id]);
    const result = await run(['verify-chain']);
    expect(result.code).toBe(EXIT_MISMATCH);
    expect(result.stdout).toMatch(
      new RegExp(`^hash chain MISMATCH at link 8: content_changed, event ${victim.id} \\(${victim.streamName} revision ${victim.revision}\\) at position ${victim.position.commit}/${victim.position.prepare}: `),
    );
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});
