import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class IssueTokenDto {
  @ApiProperty({ example: 'operator' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @ApiProperty({ format: 'password', example: 'demo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}
