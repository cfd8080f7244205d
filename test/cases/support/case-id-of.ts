import type { INestApplication } from '@nestjs/common';
import { CASE_REFERENCES, type CaseReferences } from '../../../src/citizen-access/case-references';

/**
 * The case id behind a reference, once the case timeline (a projection) has it. Waits up to
 * 30 s: on a loaded machine the projector can lag by seconds.
 */
export async function caseIdOf(app: INestApplication, reference: string): Promise<string> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const caseId = await app.get<CaseReferences>(CASE_REFERENCES).caseIdOf(reference);
    if (caseId) return caseId;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${reference} never reached the case timeline`);
}
