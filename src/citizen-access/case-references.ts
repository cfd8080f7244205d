/**
 * Reference number -> case id, for every case, closed ones too: what the user area asks the
 * read side (the case timeline's summaries hold both). Defined here, answered by
 * projections/case-timeline/timeline-case-references.ts, bound by the application module.
 */
export interface CaseReferences {
  caseIdOf(reference: string): Promise<string | null>;
}

export const CASE_REFERENCES = Symbol('CASE_REFERENCES');
