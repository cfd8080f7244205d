/** What every sector endpoint shares over HTTP beyond src/http: its path parameters and command docs. */
import { HttpStatus } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { RevisionCommandDocs } from '../http/revision-command-http';
import { SectorView } from './sector-view';

export class SectorIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class SectorReferentParams extends SectorIdParams {
  /** The referent user id. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  userId: string;
}

/** The OpenAPI description every sector command shares. */
export function SectorCommandDocs(status: HttpStatus.OK | HttpStatus.CREATED, description: string) {
  return RevisionCommandDocs({
    status,
    description,
    view: SectorView,
    resource: 'sector',
    notFoundCode: 'SECTOR_NOT_FOUND',
    refusals: ['REFERENT_ALREADY_APPOINTED', 'REFERENT_NOT_APPOINTED', 'SECTOR_DISSOLVED', 'SECTOR_NAME_UNCHANGED', 'SECTOR_SLUG_TAKEN'],
  });
}
