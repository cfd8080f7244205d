import { Body, Controller, Headers, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Public } from '../../auth';
import { AccessCodes } from '../../citizen-access/access-codes';
import { usableCorrelationId, type CommandContext } from '../../command-handling/command-context';
import { IdempotentCommandBus } from '../../command-handling/idempotent-command-bus';
import { RegisterCaseCommand } from '../../cases/register-case/register-case.command';
import { clientAddress, withRetryAfter } from '../../http/rate-limit.guard';
import { RateLimiter } from '../../http/rate-limits';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CitizenDirectory } from '../../personal-data';
import { Open311Error, sendOpen311, sendOpen311Error } from '../open311-format';
import { formatOfPath } from '../open311-paths';
import { Open311Services } from '../open311-services';
import { contactFromForm, serviceCodeOf, type Open311Form } from './open311-request';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * GeoReport v2 "POST Service Request": the form becomes a case on channel `web`, with the
 * rules of the portal's registration (not anonymous, the catalogue, the channel policy),
 * the same limit on anonymous writes per address, and idempotent: a client that posts the
 * same form again (a retry after a lost answer) gets the first answer and no second case.
 */
@ApiTags('open311')
@Public()
@Controller('open311/v2')
export class PostRequestController {
  constructor(
    private readonly commands: IdempotentCommandBus,
    private readonly services: Open311Services,
    private readonly citizens: CitizenDirectory,
    private readonly accessCodes: AccessCodes,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(['requests.json', 'requests.xml'])
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    summary: 'GeoReport v2: create a service request (form-encoded, as the spec says)',
    description:
      'Fields: service_code, lat+long (inside the service area: Italy, or URP_MAP_BOUNDS) or address_string or address_id, first_name, last_name, email, phone?, description. ' +
      'api_key is not needed. Idempotency-Key is honoured; without it the form itself is the key.',
  })
  @ApiResponse({ status: 201, description: '[{service_request_id, service_notice, account_id}]' })
  @ApiResponse({ status: 400, description: '[{code: 400, description}] (XML: <errors><error>…)' })
  async create(
    @Body() form: Open311Form,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const format = formatOfPath(request.path);
    try {
      await withRetryAfter(response, () => this.limiter.assertPublicWriteAllowed(clientAddress(request)));
      const fields = form ?? {};
      const code = serviceCodeOf(fields);
      if (!(await this.services.find(code))) throw new Open311Error(404, `service_code ${code} not found`);
      const contact = contactFromForm(fields, this.config.serviceArea);
      if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new Open311Error(400, 'Idempotency-Key must be 8 to 128 characters of letters, digits, . _ : -');
      }
      // The citizen the directory knows, who is the actor and whose case it is (resolved once).
      const citizenId = await this.citizens.resolve(contact.citizen);
      const context: CommandContext = {
        commandName: 'register-case-open311',
        actor: { id: citizenId, role: 'citizen' },
        correlationId: usableCorrelationId(correlationId) ?? formKey(fields),
        idempotencyKey: idempotencyKey ?? formKey(fields),
        request: { body: fields },
      };
      const registered = await this.commands.execute(new RegisterCaseCommand(contact, context, citizenId), context);
      sendOpen311(response, 201, format, 'service_requests', [
        { service_request_id: registered.reference, service_notice: notice(registered.reference, registered.finalReplyDueDate, this.accessCodes.codeFor(registered.id)), account_id: null },
      ]);
    } catch (error) {
      sendOpen311Error(response, format, error);
    }
  }
}

/** The form itself, field order aside, as the key of a client that sends none. */
function formKey(form: Open311Form): string {
  const canonical = JSON.stringify(Object.keys(form).sort().map((key) => [key, form[key]]));
  return `open311-${createHash('sha256').update(canonical).digest('hex').slice(0, 40)}`;
}

function notice(reference: string, dueDate: string, accessCode: string): string {
  const [year, month, day] = dueDate.split('-');
  return (
    `Segnalazione registrata con il numero di pratica ${reference}: riceverà una risposta entro il ${day}/${month}/${year}. ` +
    `Può seguirla sul portale del Comune con il codice di accesso ${accessCode}.`
  );
}
