import { Inject, Injectable } from '@nestjs/common';
import { PERSONAL_DATA_OPTIONS, PersonalDataOptions } from '../personal-data-options';
import { CitizenIdentity, deriveCitizenId } from './citizen-id';

/** deriveCitizenId with the configured secret, for injection into command handlers. */
@Injectable()
export class CitizenIds {
  constructor(@Inject(PERSONAL_DATA_OPTIONS) private readonly options: PersonalDataOptions) {}

  citizenIdFor(identity: CitizenIdentity): string {
    return deriveCitizenId(identity, this.options.citizenIdSecret);
  }
}
