import { HttpStatus } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { RevisionCommandDocs } from '../http/revision-command-http';
import { RequiredText } from '../cases/shared/dto-fields';
import { FaqView } from './faq-view';

export class FaqIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** The texts of an entry, with the same rules when published and when revised. */
export class FaqTextsDto {
  @RequiredText(300, { description: 'The question, as a citizen would ask it.', example: "Quali sono gli orari dell'anagrafe?" })
  question: string;

  @RequiredText(5000, { description: 'The answer the URP prepared.' })
  answer: string;
}

export const FaqCommandDocs = (status: HttpStatus.OK | HttpStatus.CREATED, description: string) =>
  RevisionCommandDocs({
    status,
    description,
    view: FaqView,
    resource: 'FAQ entry',
    notFoundCode: 'FAQ_NOT_FOUND: no such entry',
    refusals: ['FAQ_ALREADY_PUBLISHED', 'FAQ_RETIRED', 'TEXT_REQUIRED'],
  });
