/**
 * Runs async work one at a time per key, in arrival order, within this process: for a
 * stream that every request of a kind must write (the year's reference counter), queuing
 * in memory costs nothing while colliding on the stream's revision costs a read, a failed
 * append and a retry for every contender.
 */
export class SerializedByKey {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
