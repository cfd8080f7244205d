/** A figure address that names no figure of the report: the caller's mistake, said plainly. */
export class UnknownFigureError extends Error {
  override readonly name = 'UnknownFigureError';
}
