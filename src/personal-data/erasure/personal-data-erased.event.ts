/** The legal record of an erasure, in the citizen's own stream. */
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';

export interface PersonalDataErasedData {
  citizenId: string;
  legalReason: string;
  /** ISO-8601 instant from the application clock. */
  erasedAt: string;
  /**
   * The live keys when the erasure was recorded. Key ids are random and reveal nothing; they
   * tell a retry of this erasure (its keys still live) from a new one after the citizen came back.
   */
  keyIds: string[];
}

export const citizenStream = (citizenId: string): string => `citizen-${citizenId}`;
