import { UnprocessableEntityException } from '@nestjs/common';

/**
 * A code ("URP-02") names one promise in the published charter and in the yearly report,
 * so two standards never share one. Checked against the catalog before deciding: the
 * standard decider sees one stream only.
 */
export class StandardCodeTakenError extends UnprocessableEntityException {
  constructor(code: string, holderId: string) {
    super({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'STANDARD_CODE_TAKEN',
      message: `The code ${code} is already used by another standard`,
      details: { code, standardId: holderId },
    });
  }
}
