import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, Max, Min, registerDecorator, ValidateNested } from 'class-validator';
import { isInside, serviceArea } from './service-area';

/** A point the citizen marked on the map (WGS 84), which must fall in the service area. */
export class GeoPointDto {
  @ApiProperty({ example: 43.6158, minimum: -90, maximum: 90, description: 'Latitude in degrees.' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-90)
  @Max(90)
  lat: number;

  @ApiProperty({ example: 13.5189, minimum: -180, maximum: 180, description: 'Longitude in degrees.' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-180)
  @Max(180)
  lon: number;
}

/** The `point` field of a contact: optional, an object of lat and lon, inside the service area. */
export const PointField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: GeoPointDto,
      description: 'Where the problem is on the map. Must fall in the service area (Italy, or URP_MAP_BOUNDS). Sealed with the personal data.',
    }),
    IsOptional(),
    IsObject(),
    ValidateNested(),
    Type(() => GeoPointDto),
    InsideServiceArea(),
  );

function InsideServiceArea(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'insideServiceArea',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown) {
          const point = value as { lat?: unknown; lon?: unknown } | null;
          // Malformed points are reported by the nested rules; only a well-formed one is placed.
          if (!point || typeof point.lat !== 'number' || typeof point.lon !== 'number') return true;
          return isInside(serviceArea(), { lat: point.lat, lon: point.lon });
        },
        defaultMessage() {
          const { south, west, north, east } = serviceArea();
          return `point must fall in the service area (latitude ${south} to ${north}, longitude ${west} to ${east})`;
        },
      },
    });
}
