import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class UserIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}

export class DeactivateUserDto {
  @ApiPropertyOptional({ example: 'Trasferito ad altro ente' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  reason?: string;
}
