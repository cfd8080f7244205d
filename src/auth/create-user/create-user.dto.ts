import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { ROLES, Role } from '../roles';
import { USERNAME_PATTERN } from './create-user';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  /** Lowercase letters, digits, dot, dash, underscore; 3-64 characters, starting with a letter. */
  @ApiProperty({ pattern: USERNAME_PATTERN.source, example: 'mrossi' })
  @IsString()
  @Matches(USERNAME_PATTERN, {
    message: 'username must be 3-64 lowercase letters, digits, ".", "_" or "-", starting with a letter',
  })
  username: string;

  @ApiProperty({ example: 'Mario Rossi' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName: string;

  @ApiProperty({ minLength: 8, maxLength: 200, format: 'password' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  /** Required when role is referent, absent otherwise. */
  @SectorIdMatchesRole()
  sectorId?: string;
}

/** One rule for both directions, so the 400 says exactly what is wrong with sectorId. */
function SectorIdMatchesRole(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'sectorIdMatchesRole',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const role = (args.object as CreateUserDto).role;
          if (role === 'referent') return typeof value === 'string' && value.trim().length > 0 && value.length <= 100;
          return value === undefined || value === null;
        },
        defaultMessage(args: ValidationArguments) {
          return (args.object as CreateUserDto).role === 'referent'
            ? 'sectorId is required when role is referent'
            : 'sectorId must be absent unless role is referent';
        },
      },
    });
}
