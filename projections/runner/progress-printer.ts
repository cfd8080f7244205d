/**
 * The rebuild's progress line on stderr: rewritten in place on a terminal, one line every
 * interval otherwise (logs), so a rebuild of millions of events prints a bounded amount.
 */
import { performance } from 'node:perf_hooks';
import { formatProgress, RebuildProgress } from './rebuild-progress';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function progressPrinter(stream: ProgressStream, intervalMs = 1000): {
  update(progress: RebuildProgress): void;
  finish(): void;
} {
  let lastPrinted = -Infinity;
  let pending: RebuildProgress | undefined;
  const print = (progress: RebuildProgress) => {
    stream.write(stream.isTTY ? `\r\x1b[2K${formatProgress(progress)}` : `${formatProgress(progress)}\n`);
    lastPrinted = performance.now();
    pending = undefined;
  };
  return {
    update(progress) {
      pending = progress;
      if (performance.now() - lastPrinted >= intervalMs) print(progress);
    },
    finish() {
      if (pending) print(pending);
      if (stream.isTTY && lastPrinted > -Infinity) stream.write('\n');
    },
  };
}
