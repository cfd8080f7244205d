import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth';
import { AccessCode, ApiAccessCode } from './access-code.header';
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
  async follow(@Param() { reference }: ReferenceParams, @AccessCode() accessCode: string | undefined): Promise<CitizenCaseView> {
    return (await this.cases.open(reference, accessCode)).view;
  }
}
