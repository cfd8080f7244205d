/** What reading a sealed value yields once the citizen's key was erased. */
export const ERASED: Readonly<{ $erased: true }> = Object.freeze({ $erased: true as const });

export type Erased = typeof ERASED;

/** Shown in place of erased data in UIs and reports. */
export const ERASED_DISPLAY_TEXT = 'dati personali cancellati';

export function isErased(value: unknown): value is Erased {
  return typeof value === 'object' && value !== null && (value as { $erased?: unknown }).$erased === true;
}
