/** The audit CLI against a real database: what an operator running `verify-chain` sees. */
import { EXIT_CANNOT_VERIFY, EXIT_INTACT, EXIT_MISMATCH, runAuditCli } from '../../src/audit/cli';
import { allEvents, appendEvents, ChainFixture, chainEverything, openChainFixture, storedLinks, withTriggersDisabled } from './support/chain-fixture';

class Output {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

describe('audit CLI', () => {
  let fixture: ChainFixture;

  beforeAll(async () => {
    fixture = await openChainFixture();
    await appendEvents(fixture.store, 5);
    const chainer = fixture.newChainer();
    chainer.start();
    await chainEverything(chainer, fixture.store);
    await chainer.stop();
  });

  afterAll(async () => {
    await fixture?.dispose();
  });

  async function run(args: string[], env: NodeJS.ProcessEnv = { DATABASE_URL: fixture.database.url }) {
    const stdout = new Output();
    const stderr = new Output();
    const code = await runAuditCli(args, { env, stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

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

  it('refuses to run without DATABASE_URL or with a bad argument (exit 2)', async () => {
    expect((await run(['verify-chain'], {})).code).toBe(EXIT_CANNOT_VERIFY);
    const bad = await run(['verify-chain', '--published-head', 'yesterday']);
    expect(bad.code).toBe(EXIT_CANNOT_VERIFY);
    expect(bad.stderr).toContain('--published-head must be');
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
