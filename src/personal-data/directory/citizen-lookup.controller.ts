import { Body, Controller, Headers, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { CurrentUser } from '../../auth/access/current-user.decorator';
import { Roles } from '../../auth/access/roles.decorator';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { eventMetadata, newCommandContext } from '../../command-handling/command-context';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { validationFailed } from '../../http/validation';
import { CLOCK, Clock } from '../../shared/clock';
import type { IdentifierKind } from './blind-index';
import { CitizenDirectory } from './citizen-directory';
import { CITIZEN_LOOKED_UP, CitizenLookedUpData, citizenLookupStream } from './citizen-looked-up.event';
import { CitizenLookupAnswer, CitizenLookupDto } from './citizen-lookup.dto';

const FIELDS: Record<'fiscalCode' | 'email' | 'phone', IdentifierKind> = { fiscalCode: 'fiscal_code', email: 'email', phone: 'phone' };

@ApiTags('personal data')
@Controller('personal-data/citizen-lookups')
export class CitizenLookupController {
  constructor(
    private readonly directory: CitizenDirectory,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Find the citizen a fiscal code, e-mail or phone belongs to, e.g. to erase them (admin only)',
    description: 'Exactly one identifier, in the body. Every lookup is recorded as a CitizenLookedUp event (who, why, which kind of identifier; not the identifier).',
  })
  @ApiOkResponse({ type: CitizenLookupAnswer })
  @ApiBadRequestResponse({ description: 'Not exactly one identifier, or no purpose.' })
  @ApiNotFoundResponse({ description: 'No citizen has this identifier (the lookup is recorded all the same).' })
  async lookUp(
    @Body() dto: CitizenLookupDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<CitizenLookupAnswer> {
    const given = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((field) => typeof dto[field] === 'string' && dto[field]!.trim() !== '');
    if (given.length !== 1) {
      const field = given[1] ?? 'fiscalCode';
      throw validationFailed([{ field, rule: 'exactlyOneIdentifier', message: 'give exactly one of fiscalCode, email, phone' }]);
    }
    const kind = FIELDS[given[0]];
    const found = await this.directory.find(kind, dto[given[0]]!);
    const lookupId = randomUUID();
    const data: CitizenLookedUpData = { lookupId, identifierKind: kind, purpose: dto.purpose, citizenId: found?.citizenId ?? null, lookedUpAt: this.clock.now().toISOString() };
    const context = newCommandContext('look-up-citizen', { id: admin.id, role: admin.role }, correlationId);
    await this.eventStore.appendToStream(citizenLookupStream(lookupId), [{ id: lookupId, type: CITIZEN_LOOKED_UP, data, metadata: eventMetadata(context, this.clock) }], {
      expectedRevision: 'no_stream',
    });
    if (!found) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'CITIZEN_NOT_FOUND', message: `No citizen has this ${kind.replace('_', ' ')}`, lookupId });
    }
    return { ...found, lookupId };
  }
}
