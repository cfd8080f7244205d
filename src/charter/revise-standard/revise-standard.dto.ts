import { EffectiveFrom, Indicator, Target, TargetDto } from '../standard-fields';

export class ReviseStandardDto {
  @Indicator()
  indicator: string;

  @Target()
  target: TargetDto;

  @EffectiveFrom()
  effectiveFrom: string;
}
