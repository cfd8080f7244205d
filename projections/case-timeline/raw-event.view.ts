/** A stored event of a case stream, as the auditor's trail shows it: exactly as recorded. */
import { ApiProperty } from '@nestjs/swagger';
import { type RecordedEvent, positionToString } from '../../src/read-side';

export class RawEventView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CaseRouted' })
  type: string;

  /** Position in the case stream, from 0. */
  revision: number;

  /** Global position (commit/prepare). */
  @ApiProperty({ example: '812/4521' })
  position: string;

  /** When the store persisted it. */
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  /** As stored: personal fields are sealed envelopes. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  data: unknown;

  /** Actor, correlation, causation, schema version. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  metadata: unknown;
}

export function toRawEventView(event: RecordedEvent): RawEventView {
  return {
    id: event.id,
    type: event.type,
    revision: event.revision,
    position: positionToString(event.position),
    createdAt: event.createdAt.toISOString(),
    data: withoutPasswordHashes(event.data),
    metadata: withoutPasswordHashes(event.metadata),
  };
}

/** Case events never carry one; the trail must not show one even if some future metadata did. */
function withoutPasswordHashes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPasswordHashes);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'passwordHash')
      .map(([key, inner]) => [key, withoutPasswordHashes(inner)]),
  );
}
