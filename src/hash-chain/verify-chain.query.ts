/** Optional query of GET /audit/chain/verification: a head published earlier, to compare with. */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';

export class VerifyChainQuery {
  @ApiPropertyOptional({ description: 'Sequence of the published head (give it with publishedHash).', example: 1234 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  publishedSequence?: number;

  @ApiPropertyOptional({ description: 'Hash published for that sequence (64 hex digits).' })
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'publishedHash must be 64 hexadecimal digits' })
  publishedHash?: string;
}
