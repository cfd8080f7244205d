import { SerializedByKey } from './serialized-by-key';

describe('SerializedByKey', () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs work of one key one at a time, in arrival order, and keys independently', async () => {
    const queue = new SerializedByKey();
    const log: string[] = [];
    const job = (key: string, name: string) =>
      queue.run(key, async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        return name;
      });
    const results = await Promise.all([job('2026', 'a'), job('2026', 'b'), job('2027', 'c')]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log.indexOf('end a')).toBeLessThan(log.indexOf('start b'));
    expect(log.indexOf('start c')).toBeLessThan(log.indexOf('end a'));
  });

  it('goes on after a failure, and hands the failure to its caller only', async () => {
    const queue = new SerializedByKey();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    const next = queue.run('k', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
