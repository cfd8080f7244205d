/** A stored event of a case stream, as the auditor's trail shows it: exactly as recorded. */
import { ApiProperty } from '@nestjs/swagger';
import { type RecordedEvent, positionToString } from '../../src/read-side';

export class RawEventView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CaseRouted' })
  type: string;

  @ApiProperty({ description: 'Position in the case stream, from 0.' })
  revision: number;

  @ApiProperty({ example: '812/4521', description: 'Global position (commit/prepare).' })
  position: string;

  @ApiProperty({ format: 'date-time', description: 'When the store persisted it.' })
  createdAt: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As stored: personal fields are sealed envelopes.' })
  data: unknown;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Actor, correlation, causation, schema version.' })
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
