import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { accessCodeFor, accessCodeMatches } from './access-code';

/** The access codes of this installation: keyed by the personal-data secret, so they need no storage. */
@Injectable()
export class AccessCodes {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  codeFor(caseId: string): string {
    return accessCodeFor(caseId, this.config.personalDataSecret);
  }

  matches(candidate: string, caseId: string): boolean {
    return accessCodeMatches(candidate, caseId, this.config.personalDataSecret);
  }
}
