import {
  CATEGORY_EVENT_TYPES,
  CATEGORY_STREAM_PREFIX,
  CHANNEL_POLICY_EVENT_TYPES,
  CHANNEL_POLICY_STREAM,
  CASE_EVENT_TYPES,
  CASE_STREAM_PREFIX,
  CORRECTIVE_ACTION_EVENT_TYPES,
  CORRECTIVE_ACTIONS_STREAM_PREFIX,
  CHARTER_STANDARD_STREAM_PREFIX,
  REFERENCE_COUNTER_STREAM_PREFIX,
  SECTOR_STREAM_PREFIX,
  CHARTER_EVENT_TYPES,
  PERSONAL_DATA_FIELDS,
  REFERENCE_EVENT_TYPES,
  REFERENCE_PATTERN,
  SECTOR_EVENT_TYPES,
  SOCIAL_CHANNELS,
  caseStream,
  charterStandardStream,
  isSocialChannel,
  personalDataFieldsOf,
  referenceCounterStream,
  sectorStream,
} from '.';

describe('Event contracts', () => {
  it('names streams by family', () => {
    expect(caseStream('7f3a')).toBe('case-7f3a');
    expect(sectorStream('lp')).toBe('sector-lp');
    expect(charterStandardStream('urp-03')).toBe('charter-standard-urp-03');
    expect(referenceCounterStream(2026)).toBe('reference-counter-2026');
  });

  it('no stream family prefix is the start of another, so prefix filters never mix them', () => {
    const prefixes = [
      CASE_STREAM_PREFIX,
      SECTOR_STREAM_PREFIX,
      CHARTER_STANDARD_STREAM_PREFIX,
      REFERENCE_COUNTER_STREAM_PREFIX,
      CORRECTIVE_ACTIONS_STREAM_PREFIX,
      CATEGORY_STREAM_PREFIX,
      CHANNEL_POLICY_STREAM,
    ];
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it('event type names are unique across families', () => {
    const all = [
      ...CASE_EVENT_TYPES,
      ...SECTOR_EVENT_TYPES,
      ...CHARTER_EVENT_TYPES,
      ...REFERENCE_EVENT_TYPES,
      ...CORRECTIVE_ACTION_EVENT_TYPES,
    ];
    expect(new Set([...all, ...CATEGORY_EVENT_TYPES, ...CHANNEL_POLICY_EVENT_TYPES]).size).toBe(all.length + 4);
    expect(Object.keys(PERSONAL_DATA_FIELDS).sort()).toEqual([...all].sort());
  });

  it('the social channels are the four networks', () => {
    expect([...SOCIAL_CHANNELS].sort()).toEqual(['facebook', 'instagram', 'x', 'youtube']);
    expect(isSocialChannel('facebook')).toBe(true);
    expect(isSocialChannel('whatsapp')).toBe(false);
  });

  it('tells infrastructure which fields to encrypt, and nothing for unknown or staff-only events', () => {
    expect(personalDataFieldsOf('CaseReceived')).toEqual(['citizen', 'description', 'title', 'location', 'point', 'attachments']);
    expect(personalDataFieldsOf('SectorReferentAppointed')).toEqual([]);
    expect(personalDataFieldsOf('SomethingElse')).toEqual([]);
    expect(personalDataFieldsOf('toString')).toEqual([]);
  });

  it('reference numbers have one form', () => {
    expect(REFERENCE_PATTERN.test('URP-2026-000123')).toBe(true);
    expect(REFERENCE_PATTERN.test('URP-2026-123')).toBe(false);
  });
});
