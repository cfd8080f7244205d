import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../auth/access/current-user.decorator';
import { Roles } from '../../auth/access/roles.decorator';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CitizenErasure } from './erase-citizen';
import { ErasureRecordView } from './erasure-record.view';
import { CitizenIdParams, EraseCitizenDto } from './erasure.dto';

@ApiTags('personal data')
@Controller('citizens')
export class ErasureController {
  constructor(private readonly erasure: CitizenErasure) {}

  @Post(':citizenId/erasure')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: "Erase a citizen's personal data on every case (GDPR art. 17), by destroying their key (admin only)",
    description: 'Idempotent: repeating it returns the first erasure record.',
  })
  @ApiOkResponse({ type: ErasureRecordView })
  @ApiBadRequestResponse({ description: 'citizenId is not a uuid, or legalReason is missing or blank.' })
  erase(
    @Param() params: CitizenIdParams,
    @Body() dto: EraseCitizenDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<ErasureRecordView> {
    return this.erasure.eraseCitizen({
      citizenId: params.citizenId.toLowerCase(),
      legalReason: dto.legalReason,
      actor: { id: admin.id, role: admin.role },
      correlationId,
    });
  }
}
