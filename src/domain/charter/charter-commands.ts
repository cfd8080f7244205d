/** What can be asked of a charter standard. Only admins record what the council adopted. */
import type { CaseKind, RomeDate, StandardMeasure, StandardTarget } from '../../contracts';
import type { CommandEnvelope } from '../shared/actor';

type StandardCommandOf<Type extends string, Data = {}> = CommandEnvelope<Type> & { standardId: string } & Data;

export type AdoptStandard = StandardCommandOf<
  'AdoptStandard',
  {
    code: string;
    service: string;
    indicator: string;
    measure: StandardMeasure;
    target: StandardTarget;
    /** The case kinds it applies to; null or absent for every kind. */
    appliesTo?: CaseKind[] | null;
    effectiveFrom: RomeDate;
  }
>;

export type ReviseStandard = StandardCommandOf<
  'ReviseStandard',
  { indicator: string; target: StandardTarget; effectiveFrom: RomeDate }
>;

export type RetireStandard = StandardCommandOf<'RetireStandard', { effectiveFrom: RomeDate }>;

export type CharterCommand = AdoptStandard | ReviseStandard | RetireStandard;
