/**
 * Sealed fields opened for display: a value, or ERASED_DISPLAY_TEXT once the citizen's data
 * was erased (the vault answers ERASED when the key is gone).
 */
import { personalDataFieldsOf, type CitizenDetails } from '../../src/read-side';
import { ERASED_DISPLAY_TEXT, isErased, PersonalDataVault } from '../../src/personal-data';
import type { CitizenView } from './case-detail.view';
import type { PersonalDataAccess } from './personal-data-access';

/** Field -> opened value (or ERASED) of the sealed fields the viewer may read. */
export type OpenedFields = Record<string, unknown>;

export async function openSealedFields(
  vault: PersonalDataVault,
  sealed: Record<string, unknown> | null,
  access: PersonalDataAccess,
): Promise<OpenedFields> {
  if (!sealed || access === 'none') return {};
  const fields = Object.keys(sealed).filter((field) => field !== 'citizenId');
  const opened = await vault.unsealFields(sealed, fields);
  return Object.fromEntries(fields.map((field) => [field, opened[field]]));
}

export function anyErased(opened: OpenedFields): boolean {
  return Object.values(opened).some(isErased);
}

/** Personal fields of a receipt that belong to the case file's header (or its attachments), not to an entry's text. */
const HEADER_FIELDS = new Set(['citizen', 'title', 'location', 'point', 'attachments']);

/** The personal text an entry shows: its one personal field that is not a header field (the receipt's description). */
export function entryTextField(eventType: string): string | undefined {
  return personalDataFieldsOf(eventType).find((field) => !HEADER_FIELDS.has(field));
}

export function displayText(value: unknown): string | null {
  if (isErased(value)) return ERASED_DISPLAY_TEXT;
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function citizenView(value: unknown, access: PersonalDataAccess): CitizenView | null {
  if (access === 'none' || value === undefined || value === null) return null;
  const erased = isErased(value);
  const details = erased ? {} : (value as CitizenDetails);
  const field = (text: string | undefined) => (erased ? ERASED_DISPLAY_TEXT : (text ?? null));
  return {
    fullName: field(details.fullName),
    email: field(details.email),
    phone: field(details.phone),
    fiscalCode: access === 'full' ? field(details.fiscalCode) : null,
    address: field(details.address),
  };
}
