import { spec } from '../../testing/decider-spec';
import { standardDecider } from '../charter-decider';
import { adopt, adopted, revise, revised, retire, retired } from './charter-fixtures';

const given = spec(standardDecider).given;

describe('Adopting a standard', () => {
  it('adopts a standard in force from a date', () => {
    given([]).when(adopt()).then([adopted()]);
  });

  it('for some case kinds only', () => {
    given([])
      .when(adopt({ appliesTo: ['information_request'], target: { kind: 'max_days', days: 7 } }))
      .then([adopted({ appliesTo: ['information_request'], target: { kind: 'max_days', days: 7 } })]);
  });

  it('an empty list of kinds means every kind', () => {
    given([]).when(adopt({ appliesTo: [] })).then([adopted({ appliesTo: null })]);
  });

  it('"immediate" and "at the counter" are time targets', () => {
    given([]).when(adopt({ target: { kind: 'immediate' } })).then([adopted({ target: { kind: 'immediate' } })]);
    given([]).when(adopt({ target: { kind: 'at_counter' } })).then([adopted({ target: { kind: 'at_counter' } })]);
  });

  it('a survey standard promises a share', () => {
    given([])
      .when(adopt({ measure: 'survey_answer_rate', target: { kind: 'min_share', percent: 60 } }))
      .then([adopted({ measure: 'survey_answer_rate', target: { kind: 'min_share', percent: 60 } })]);
  });

  it('a time cannot be promised as a share', () => {
    given([]).when(adopt({ target: { kind: 'min_share', percent: 80 } })).thenThrows('STANDARD_TARGET_MISMATCH');
  });

  it('a share cannot be promised in days', () => {
    given([]).when(adopt({ measure: 'survey_positive_share' })).thenThrows('STANDARD_TARGET_MISMATCH');
  });

  it.each([
    [{ kind: 'max_days', days: -1 }],
    [{ kind: 'max_days', days: 0 }],
    [{ kind: 'max_days', days: 2.5 }],
    [{ kind: 'min_share', percent: 120 }],
    [{ kind: 'someday' }],
  ])('refuses the target %j', (target) => {
    given([]).when(adopt({ target: target as never })).thenThrows('INVALID_TARGET');
  });

  it('needs a real date', () => {
    given([]).when(adopt({ effectiveFrom: '2025-13-01' })).thenThrows('INVALID_DATE');
  });

  it('needs a known measure', () => {
    given([]).when(adopt({ measure: 'smiles' as never })).thenThrows('INVALID_VALUE');
  });

  it('needs known kinds', () => {
    given([]).when(adopt({ appliesTo: ['gossip' as never] })).thenThrows('INVALID_VALUE');
  });

  it('is adopted once', () => {
    given([adopted()]).when(adopt()).thenThrows('STANDARD_ALREADY_ADOPTED');
  });

  it('only admins record the charter', () => {
    given([]).when(adopt({ actor: { id: 'mgr', role: 'manager' } })).thenThrows('ROLE_NOT_ALLOWED');
  });
});

describe('Revising a standard', () => {
  it('a new target applies from a later date', () => {
    given([adopted()]).when(revise()).then([revised()]);
  });

  it('must take effect after the latest version', () => {
    given([adopted(), revised()]).when(revise({ effectiveFrom: '2026-07-01' })).thenThrows('STANDARD_EFFECTIVE_DATE_NOT_LATER');
    given([adopted()]).when(revise({ effectiveFrom: '2024-06-01' })).thenThrows('STANDARD_EFFECTIVE_DATE_NOT_LATER');
  });

  it('keeps the kind of measure', () => {
    given([adopted()]).when(revise({ target: { kind: 'min_share', percent: 50 } })).thenThrows('STANDARD_TARGET_MISMATCH');
  });

  it('cannot revise what does not exist', () => {
    given([]).when(revise()).thenThrows('STANDARD_NOT_FOUND');
  });

  it('cannot revise a retired standard', () => {
    given([adopted(), retired()]).when(revise({ effectiveFrom: '2027-06-01' })).thenThrows('STANDARD_RETIRED');
  });
});

describe('Retiring a standard', () => {
  it('no longer applies from a date', () => {
    given([adopted(), revised()]).when(retire()).then([retired()]);
  });

  it('after its latest version started', () => {
    given([adopted(), revised()]).when(retire({ effectiveFrom: '2026-07-01' })).thenThrows('STANDARD_EFFECTIVE_DATE_NOT_LATER');
  });

  it('is retired once', () => {
    given([adopted(), retired()]).when(retire({ effectiveFrom: '2028-01-01' })).thenThrows('STANDARD_RETIRED');
  });
});
