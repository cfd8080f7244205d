import { EffectiveFrom } from '../standard-fields';

export class RetireStandardDto {
  /** The first day the standard no longer applies. */
  @EffectiveFrom()
  effectiveFrom: string;
}
