import { accessCodeFor, accessCodeMatches } from './access-code';

const SECRET = 'a-secret-of-sixteen-chars';
const CASE = '0b8c2a56-4a6f-4b38-9a59-3c3f4a1e2d10';

describe('access code', () => {
  it('is stable for a case and reads in three groups without look-alike characters', () => {
    const code = accessCodeFor(CASE, SECRET);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    expect(accessCodeFor(CASE, SECRET)).toBe(code);
    expect(accessCodeFor(CASE.toUpperCase(), SECRET)).toBe(code);
  });

  it('differs between cases and between secrets', () => {
    expect(accessCodeFor(CASE, SECRET)).not.toBe(accessCodeFor('1b8c2a56-4a6f-4b38-9a59-3c3f4a1e2d10', SECRET));
    expect(accessCodeFor(CASE, SECRET)).not.toBe(accessCodeFor(CASE, 'another-secret-of-16'));
  });

  it('matches the code as typed by a person, and nothing else', () => {
    const code = accessCodeFor(CASE, SECRET);
    expect(accessCodeMatches(code, CASE, SECRET)).toBe(true);
    expect(accessCodeMatches(code.toLowerCase().replace(/-/g, ' '), CASE, SECRET)).toBe(true);
    expect(accessCodeMatches(code.slice(0, -1) + (code.endsWith('2') ? '3' : '2'), CASE, SECRET)).toBe(false);
    expect(accessCodeMatches('', CASE, SECRET)).toBe(false);
    expect(accessCodeMatches(code, CASE, 'another-secret-of-16')).toBe(false);
  });
});
