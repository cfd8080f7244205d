import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Trim } from '../shared/trim';

/**
 * Italian codice fiscale of a person: 6 letters, birth year, month letter, day (+40 for
 * women), place code, check letter. Digits may be replaced by letters (omocodia).
 */
export const FISCAL_CODE_PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

const PHONE_PATTERN = /^\+?[0-9][0-9 ./-]{5,19}$/;

/** Each field of the citizen's details, required or not, with the same rules wherever it is asked. */
export const CitizenFields = {
  fullName: (required: boolean) =>
    field(required, { example: 'Maria Rossi', maxLength: 200 }, Trim(), IsString(), IsNotEmpty(), MaxLength(200)),
  email: (required: boolean) =>
    field(required, { example: 'maria.rossi@example.it', format: 'email', maxLength: 254 }, Trim(), IsEmail(), MaxLength(254)),
  phone: (required: boolean) =>
    field(
      required,
      { example: '+39 071 222 2222', pattern: PHONE_PATTERN.source },
      Trim(),
      IsString(),
      Matches(PHONE_PATTERN, { message: 'phone must be 6 to 20 digits, optionally with a leading + and spaces, dots, slashes or dashes' }),
    ),
  fiscalCode: (required: boolean) =>
    field(
      required,
      { example: 'RSSMRA80A41H501Y', pattern: FISCAL_CODE_PATTERN.source, description: 'Codice fiscale; spaces and case do not matter.' },
      Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value)),
      IsString(),
      Matches(FISCAL_CODE_PATTERN, { message: 'fiscalCode must be an Italian codice fiscale (16 characters)' }),
    ),
  address: (required: boolean) =>
    field(required, { example: 'Via Roma 1, 60121 Ancona', maxLength: 300 }, Trim(), IsString(), IsNotEmpty(), MaxLength(300)),
};

function field(required: boolean, doc: Record<string, unknown>, ...rules: PropertyDecorator[]) {
  return applyDecorators(ApiProperty({ ...doc, required }), ...(required ? [] : [IsOptional()]), ...rules);
}

/**
 * Who the citizen is and how to answer them. All optional here: whether a contact may be
 * anonymous is a rule of the case (complaints, reports and suggestions may not: 422).
 */
export class CitizenDto {
  @CitizenFields.fullName(false)
  fullName?: string;

  @CitizenFields.email(false)
  email?: string;

  @CitizenFields.phone(false)
  phone?: string;

  @CitizenFields.fiscalCode(false)
  fiscalCode?: string;

  @CitizenFields.address(false)
  address?: string;
}
