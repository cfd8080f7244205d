import { CoalescedSignal } from './coalesced-signal';

describe('CoalescedSignal', () => {
  function counting() {
    let release: () => void = () => undefined;
    const sent: number[] = [];
    const send = () => {
      sent.push(sent.length + 1);
      return new Promise<void>((resolve) => (release = resolve));
    };
    return { sent, send, release: () => release() };
  }
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('sends at once after a quiet spell, and lets every call made meanwhile share one more sending', async () => {
    const probe = counting();
    const signal = new CoalescedSignal(probe.send, 1);
    signal.signal();
    expect(probe.sent).toHaveLength(1);
    for (let i = 0; i < 10; i++) signal.signal();
    expect(probe.sent).toHaveLength(1);
    probe.release();
    await settle(20);
    expect(probe.sent).toHaveLength(2);
    probe.release();
    await settle(20);
    expect(probe.sent).toHaveLength(2);
    signal.signal();
    expect(probe.sent).toHaveLength(3);
    probe.release();
  });

  it('a failed sending neither throws nor stops the next one', async () => {
    let calls = 0;
    const signal = new CoalescedSignal(() => (++calls === 1 ? Promise.reject(new Error('gone')) : Promise.resolve()), 1);
    signal.signal();
    signal.signal();
    await settle(20);
    expect(calls).toBe(2);
  });
});
