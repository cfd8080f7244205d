import { descriptionWithoutTitle } from './received-description';

describe('descriptionWithoutTitle', () => {
  it('drops the copy of the title at the head of a description, as the portal once sent it', () => {
    expect(descriptionWithoutTitle('Buca in via Roma\n\nProfonda, davanti al 12.', 'Buca in via Roma')).toBe('Profonda, davanti al 12.');
  });

  it('leaves every other description as written', () => {
    expect(descriptionWithoutTitle('Profonda, davanti al 12.', 'Buca in via Roma')).toBe('Profonda, davanti al 12.');
    expect(descriptionWithoutTitle('Buca in via Roma è il problema.', 'Buca in via Roma')).toBe('Buca in via Roma è il problema.');
    expect(descriptionWithoutTitle('Buca in via Roma\n\n', 'Buca in via Roma')).toBe('Buca in via Roma\n\n');
    expect(descriptionWithoutTitle('Buca\n\nProfonda.', null)).toBe('Buca\n\nProfonda.');
  });
});
