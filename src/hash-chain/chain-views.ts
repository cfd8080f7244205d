/** The hash chain as the HTTP API shows it (OpenAPI documented). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChainHead } from './chain-table';
import { ChainVerification, isIntact } from './chain-verification';

const REASONS = ['content_changed', 'event_missing', 'event_inserted', 'chain_broken'];

export class PositionView {
  @ApiProperty()
  commit: number;

  @ApiProperty()
  prepare: number;
}

export class ChainHeadView {
  @ApiProperty({ description: 'Sequence of the last link; 0 for an empty chain.', example: 1234 })
  sequence: number;

  @ApiProperty({ description: 'Hash of the last link (64 zeros for an empty chain): the value to publish.' })
  hash: string;

  @ApiProperty({ type: PositionView, nullable: true })
  position: PositionView | null;

  @ApiProperty({ nullable: true, format: 'uuid' })
  eventId: string | null;

  @ApiProperty({ nullable: true, format: 'date-time' })
  chainedAt: string | null;
}

export class ChainMismatchView {
  @ApiProperty({ description: 'The link where verification stopped.' })
  sequence: number;

  @ApiProperty({ type: PositionView, nullable: true })
  position: PositionView | null;

  @ApiProperty({ nullable: true })
  eventId: string | null;

  @ApiProperty({ nullable: true })
  streamName: string | null;

  @ApiProperty({ nullable: true })
  revision: number | null;

  @ApiProperty({ nullable: true, description: 'Hash recomputed from the events (for chain_broken: the previous hash expected).' })
  expectedHash: string | null;

  @ApiProperty({ nullable: true, description: 'Hash stored in the chain table (for chain_broken: the previous hash stored).' })
  storedHash: string | null;

  @ApiProperty({ enum: REASONS })
  reason: string;

  @ApiProperty()
  detail: string;
}

export class PublishedHeadCheckView {
  @ApiProperty()
  sequence: number;

  @ApiProperty()
  publishedHash: string;

  @ApiProperty({ nullable: true })
  storedHash: string | null;

  @ApiProperty()
  matches: boolean;
}

export class ChainHeadSummaryView {
  @ApiProperty()
  sequence: number;

  @ApiProperty()
  hash: string;
}

export class ChainVerificationView {
  @ApiProperty({ description: 'True when no mismatch was found and the published head (if given) matches.' })
  intact: boolean;

  @ApiProperty({ description: 'Events read from the store and found consistent.' })
  checkedEvents: number;

  @ApiProperty({ description: 'Links verified.' })
  chainedEvents: number;

  @ApiProperty({ type: ChainMismatchView, nullable: true })
  firstMismatch: ChainMismatchView | null;

  @ApiProperty({ description: 'Events after the last link, not chained yet.' })
  unchainedTail: number;

  @ApiProperty({ type: ChainHeadSummaryView, description: 'The last link when verification began.' })
  head: ChainHeadSummaryView;

  @ApiPropertyOptional({ type: PublishedHeadCheckView })
  publishedHead?: PublishedHeadCheckView;
}

export function toChainHeadView(head: ChainHead): ChainHeadView {
  return { ...head, chainedAt: head.chainedAt ? head.chainedAt.toISOString() : null };
}

export function toChainVerificationView(verification: ChainVerification): ChainVerificationView {
  return { intact: isIntact(verification), ...verification };
}
