/** Fields that many case commands share, each with one set of rules and docs. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CHANNELS } from '../../contracts';
import { Trim } from './trim';

/** A text that must say something. */
export const RequiredText = (maxLength: number, doc: { description: string; example?: string }) =>
  applyDecorators(ApiProperty({ ...doc, maxLength }), Trim(), IsString(), IsNotEmpty(), MaxLength(maxLength));

export const OptionalText = (maxLength: number, doc: { description: string; example?: string }) =>
  applyDecorators(ApiPropertyOptional({ ...doc, maxLength }), IsOptional(), Trim(), IsString(), MaxLength(maxLength));

/** The way a message reaches the citizen. */
export const ChannelField = (description: string) =>
  applyDecorators(ApiProperty({ enum: CHANNELS, description }), IsIn(CHANNELS));
