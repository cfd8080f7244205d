/** Requests a test sends again and again: a well-formed contact, and registering it. */
import type { CaseSystem, Username } from './case-system';

export const CITIZEN = {
  fullName: 'Maria Rossi',
  email: 'maria.rossi@example.it',
  phone: '+39 071 222 2222',
  fiscalCode: 'RSSMRA80A41H501Y',
  address: 'Via Roma 1, 60121 Ancona',
};

export function aComplaint(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'email',
    kind: 'complaint',
    subject: 'viabilita/buche',
    description: 'Davanti al civico 12 di via Roma c’è una buca pericolosa da settimane.',
    citizen: CITIZEN,
    location: 'Via Roma 12, Ancona',
    ...overrides,
  };
}

export interface Registered {
  id: string;
  reference: string;
  revision: number;
  finalReplyDueDate: string;
  acknowledgement: string;
}

export async function registerCase(system: CaseSystem, body: object = aComplaint(), headers: Record<string, string> = {}): Promise<Registered> {
  const response = await system.as('operator').post('/cases', body, headers);
  if (response.status !== 201) throw new Error(`Registration answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Posts a command on a case and expects 200: returns the answer body. */
export async function act(system: CaseSystem, user: Username, caseId: string, path: string, body: object = {}) {
  const response = await system.as(user).post(`/cases/${caseId}/${path}`, body);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as { id: string; revision: number; status: string };
}
