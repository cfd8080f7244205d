import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, Max, Min, registerDecorator, ValidateNested, type ValidationArguments } from 'class-validator';
import { isInside, ITALY, type ServiceArea } from './service-area';

/** A point the citizen marked on the map (WGS 84), which must fall in the service area. */
export class GeoPointDto {
  /** Latitude in degrees. */
  @ApiProperty({ example: 43.6158, minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 7 })
  @Min(-90)
  @Max(90)
  lat: number;

  /** Longitude in degrees. */
  @ApiProperty({ example: 13.5189, minimum: -180, maximum: 180 })
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

/**
 * class-validator passes a rule no context but the object it validates: the validation pipe
 * (src/http/validation.ts) lends the configured area (AppConfig.serviceArea, URP_MAP_BOUNDS)
 * to the request body for the time of its validation.
 */
const SERVICE_AREA = Symbol('serviceArea');

export async function validateInServiceArea<T>(object: object, area: ServiceArea, validate: () => T | Promise<T>): Promise<T> {
  Object.defineProperty(object, SERVICE_AREA, { value: area, configurable: true, enumerable: false });
  try {
    return await validate();
  } finally {
    delete (object as { [SERVICE_AREA]?: ServiceArea })[SERVICE_AREA];
  }
}

/** A body validated outside the application's pipe (a spec calling class-validator) is held to the default area. */
function areaOf(args: ValidationArguments): ServiceArea {
  return (args.object as { [SERVICE_AREA]?: ServiceArea })[SERVICE_AREA] ?? ITALY;
}

function InsideServiceArea(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'insideServiceArea',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const point = value as { lat?: unknown; lon?: unknown } | null;
          // Malformed points are reported by the nested rules; only a well-formed one is placed.
          if (!point || typeof point.lat !== 'number' || typeof point.lon !== 'number') return true;
          return isInside(areaOf(args), { lat: point.lat, lon: point.lon });
        },
        defaultMessage(args: ValidationArguments) {
          const { south, west, north, east } = areaOf(args);
          return `point must fall in the service area (latitude ${south} to ${north}, longitude ${west} to ${east})`;
        },
      },
    });
}
