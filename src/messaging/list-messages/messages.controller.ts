/** The messages the office sent or tried to send, with their delivery state (for the staff console). */
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { OUTBOX_MESSAGES, MESSAGE_STATUSES } from '../../contracts';
import { Roles } from '../../auth';

export interface MessageListItem {
  messageId: string;
  caseId: string;
  reference: string;
  purpose: string;
  audience: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastResponse: string | null;
  createdAt: string;
  updatedAt: string;
}

@ApiTags('messages')
@ApiBearerAuth()
@Controller('messages')
export class MessagesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin', 'manager')
  @ApiOperation({ summary: 'Messages to citizens and referents, newest first, with their delivery state' })
  @ApiQuery({ name: 'status', required: false, enum: MESSAGE_STATUSES })
  @ApiQuery({ name: 'caseId', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500, default 100' })
  @ApiOkResponse({ description: 'The messages: no address and no text, only what and how it went.' })
  async list(@Query('status') status?: string, @Query('caseId') caseId?: string, @Query('limit') limit?: string): Promise<{ items: MessageListItem[] }> {
    if (status !== undefined && !(MESSAGE_STATUSES as readonly string[]).includes(status)) {
      throw new BadRequestException(`status must be one of ${MESSAGE_STATUSES.join(', ')}`);
    }
    const max = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(max) || max < 1 || max > 500) throw new BadRequestException('limit must be an integer from 1 to 500');
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT message_id, case_id, reference, purpose, audience, status, attempts, next_attempt_at, last_response, created_at, updated_at
       FROM ${OUTBOX_MESSAGES} WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR case_id = $2)
       ORDER BY position_commit DESC, position_prepare DESC LIMIT $3`,
      [status ?? null, caseId ?? null, max],
    );
    return {
      items: rows.map((row) => ({
        messageId: String(row.message_id),
        caseId: String(row.case_id),
        reference: String(row.reference),
        purpose: String(row.purpose),
        audience: String(row.audience),
        status: String(row.status),
        attempts: Number(row.attempts),
        nextAttemptAt: row.next_attempt_at ? new Date(row.next_attempt_at as string).toISOString() : null,
        lastResponse: (row.last_response as string | null) ?? null,
        createdAt: new Date(row.created_at as string).toISOString(),
        updatedAt: new Date(row.updated_at as string).toISOString(),
      })),
    };
  }
}
