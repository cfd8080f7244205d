import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateUserDto } from '../../src/auth/create-user/create-user.dto';

async function violations(body: Record<string, unknown>): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(CreateUserDto, body));
  return Object.fromEntries(errors.map((error) => [error.property, Object.keys(error.constraints ?? {})]));
}

const valid = { username: 'mrossi', displayName: 'Mario Rossi', password: 'long-enough', role: 'operator' };

describe('CreateUserDto', () => {
  it('accepts a valid operator and a referent with a sector', async () => {
    expect(await violations(valid)).toEqual({});
    expect(await violations({ ...valid, role: 'referent', sectorId: 'lavori-pubblici' })).toEqual({});
  });

  it('names the field and the rule of each violation', async () => {
    expect(await violations({ ...valid, username: 'Mario Rossi' })).toEqual({ username: ['matches'] });
    expect(await violations({ ...valid, username: 'ab' })).toEqual({ username: ['matches'] });
    expect(await violations({ ...valid, password: 'short' })).toEqual({ password: ['minLength'] });
    expect(await violations({ ...valid, role: 'citizen' })).toEqual({ role: ['isIn'] });
    expect(await violations({ ...valid, displayName: '   ' })).toEqual({ displayName: ['minLength'] });
  });

  it('requires sectorId for referents and refuses it for other roles', async () => {
    expect(await violations({ ...valid, role: 'referent' })).toEqual({ sectorId: ['sectorIdMatchesRole'] });
    expect(await violations({ ...valid, role: 'referent', sectorId: '  ' })).toEqual({ sectorId: ['sectorIdMatchesRole'] });
    expect(await violations({ ...valid, role: 'manager', sectorId: 'tributi' })).toEqual({ sectorId: ['sectorIdMatchesRole'] });
  });
});
