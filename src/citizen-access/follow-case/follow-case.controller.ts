import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTooManyRequestsResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth';
import { AccessCode, ApiAccessCode, ClientAddress } from './access-code.header';
import { CitizenCaseView } from './citizen-case.view';
import { CitizenCases } from './citizen-cases';
import { ReferenceParams } from './reference.params';

@ApiTags('citizen')
@Controller('public/cases')
export class FollowCaseController {
  constructor(private readonly cases: CitizenCases) {}

  @Get(':reference')
  @Public()
  @ApiOperation({
    summary: "The citizen's user area: where their case stands and what the office told them",
    description: 'No account: the reference number and the access code open the case. Internal notes never show.',
  })
  @ApiAccessCode()
  @ApiOkResponse({ type: CitizenCaseView })
  @ApiNotFoundResponse({ description: 'Unknown reference or wrong access code (the same answer for both).' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_ATTEMPTS: too many wrong reference/code pairs from this address in 15 minutes.' })
  async follow(
    @Param() { reference }: ReferenceParams,
    @AccessCode() accessCode: string | undefined,
    @ClientAddress() client: string,
  ): Promise<CitizenCaseView> {
    return (await this.cases.open(reference, accessCode, client)).view;
  }
}
