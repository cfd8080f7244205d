/** How many cases came in, by kind and by channel. Every kind and channel is listed, zeros included, so shapes never vary. */
import { CASE_KINDS, CHANNELS, type CaseKind, type Channel } from '../../../src/read-side';
import type { ClockRecord } from '../facts/case-facts';
import type { PeriodBounds } from './report-period';
import { within } from './instants';

export type KindOrUnclassified = CaseKind | 'unclassified';

export const KINDS_AND_UNCLASSIFIED: readonly KindOrUnclassified[] = [...CASE_KINDS, 'unclassified'];

export interface KindCount {
  kind: KindOrUnclassified;
  count: number;
}

export interface ChannelCount {
  channel: Channel;
  count: number;
}

/** The clocks started by a receipt in the period: one per case received. */
export function receiptsIn(clocks: readonly ClockRecord[], bounds: PeriodBounds): ClockRecord[] {
  return clocks.filter((clock) => clock.startedBy === 'received' && within(clock.startedAt, bounds));
}

export function countByKind(receipts: readonly ClockRecord[]): KindCount[] {
  return KINDS_AND_UNCLASSIFIED.map((kind) => ({ kind, count: receipts.filter((r) => (r.kind ?? 'unclassified') === kind).length }));
}

export function countByChannel(receipts: readonly ClockRecord[]): ChannelCount[] {
  return CHANNELS.map((channel) => ({ channel, count: receipts.filter((r) => r.channel === channel).length }));
}
