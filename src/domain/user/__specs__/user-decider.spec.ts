import { spec } from '../../testing/decider-spec';
import { decideUser, evolveUser, initialUserState, userDecider, type UserCommand, type UserEvent } from '../user-decider';

const admin = { id: 'admin-1', role: 'admin' };
const userId = 'user-1';
const created: UserEvent = {
  type: 'UserCreated',
  data: { userId, username: 'mrossi', displayName: 'Mario Rossi', role: 'operator', passwordHash: 'hash-1' },
};
const deactivated: UserEvent = { type: 'UserDeactivated', data: { userId } };
const given = spec(userDecider).given;
const refusal = (events: UserEvent[], command: UserCommand) => {
  try {
    decideUser(command, events.reduce(evolveUser, initialUserState()));
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'accepted';
};

describe('Users (decider)', () => {
  it('an admin creates a user; a referent keeps the sector, others do not', () => {
    given([]).when({ type: 'CreateUser', actor: admin, ...created.data, sectorId: 'ignored' }).then([created]);
    const referent = { ...created.data, role: 'referent' as const, sectorId: 'sector-1' };
    given([]).when({ type: 'CreateUser', actor: admin, ...referent }).then([{ type: 'UserCreated', data: referent }]);
    expect(refusal([created], { type: 'CreateUser', actor: admin, ...created.data })).toBe('USER_ALREADY_EXISTS');
  });

  it('users change their own password, proving the current one; every change bumps the credential version', () => {
    const change: UserCommand = { type: 'ChangeUserPassword', actor: { id: userId, role: 'operator' }, userId, currentPasswordMatches: true, newPasswordHash: 'hash-2' };
    given([created]).when(change).then([{ type: 'UserPasswordChanged', data: { userId, passwordHash: 'hash-2' } }]);
    expect(refusal([created], { ...change, currentPasswordMatches: false })).toBe('WRONG_CURRENT_PASSWORD');
    expect(refusal([created, deactivated], change)).toBe('USER_NOT_FOUND');
    const after = [created, { type: 'UserPasswordChanged', data: { userId, passwordHash: 'hash-2' } } as UserEvent].reduce(evolveUser, initialUserState());
    expect(after).toMatchObject({ status: 'active', credentialVersion: 1, passwordHash: 'hash-2' });
  });

  it('an admin deactivates a user once; again changes nothing; never themselves', () => {
    given([created]).when({ type: 'DeactivateUser', actor: admin, userId, reason: 'Trasferito' }).then([
      { type: 'UserDeactivated', data: { userId, reason: 'Trasferito' } },
    ]);
    given([created, deactivated]).when({ type: 'DeactivateUser', actor: admin, userId }).thenNothing();
    expect(refusal([], { type: 'DeactivateUser', actor: admin, userId })).toBe('USER_NOT_FOUND');
    expect(refusal([created], { type: 'DeactivateUser', actor: { id: userId, role: 'admin' }, userId })).toBe('SELF_DEACTIVATION');
  });
});
