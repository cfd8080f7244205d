import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FaqReader } from './faq.reader';
import { Roles } from '../../src/auth';
import { StaffFaqList } from './staff-faq.view';

@ApiTags('faq')
@ApiBearerAuth()
@Controller('faq')
export class ListFaqController {
  constructor(private readonly faq: FaqReader) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Every FAQ entry, retired ones too, for the URP staff who maintain them' })
  @ApiOkResponse({ type: StaffFaqList })
  async list(): Promise<StaffFaqList> {
    return { items: await this.faq.all() };
  }
}
