import { DomainError } from '../../shared/domain-error';
import { decideRegistration, type RegisterCase } from '../case-registration';
import { initialCaseState } from '../case-state';
import { acknowledged, anotherCitizen, on, receive, received, RECEIVED_ON, REFERENCE } from './case-fixtures';

const register = (over: Partial<RegisterCase> = {}): RegisterCase => {
  const { reference: _unused, ...command } = receive();
  return { ...command, acknowledgementChannel: 'email', ...over };
};

describe('Registering a case (receipt and acknowledgement in one decision)', () => {
  it('gives the receipt and its acknowledgement, both with the number taken after the rules', () => {
    const events = decideRegistration(register(), initialCaseState()).numbered(REFERENCE);
    expect(events).toEqual([received(), acknowledged({ acknowledgedAt: on(RECEIVED_ON) })]);
  });

  it('a refused contact is refused before any number is asked for', () => {
    expect(() => decideRegistration(register({ actor: anotherCitizen, channel: 'web' }), initialCaseState())).toThrow(
      expect.objectContaining({ code: 'CITIZEN_NOT_OWNER' }),
    );
  });

  it('refuses a malformed number', () => {
    const decided = decideRegistration(register(), initialCaseState());
    expect(() => decided.numbered('2026/12')).toThrow(DomainError);
  });
});
