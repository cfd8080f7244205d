import { DEFAULT_REPORT_SETTINGS, reportSettingsFrom } from './report-settings';

describe('report settings', () => {
  it('default to a minimum sample of 10 and the office thresholds', () => {
    expect(reportSettingsFrom({})).toEqual(DEFAULT_REPORT_SETTINGS);
    expect(DEFAULT_REPORT_SETTINGS).toMatchObject({ minSample: 10, timeStandardMinShare: 0.9, sectorMinWithinShare: 0.9, sectorMaxReminderShare: 0.2 });
  });

  it('read the environment, percentages as shares', () => {
    expect(
      reportSettingsFrom({
        URP_ENTITY_NAME: ' Comune di Gubbio ',
        URP_REPORT_MIN_SAMPLE: '20',
        URP_REPORT_TIME_STANDARD_MIN_PERCENT: '95',
        URP_REPORT_SECTOR_MIN_WITHIN_PERCENT: '85',
        URP_REPORT_SECTOR_MAX_REMINDER_PERCENT: '10',
      }),
    ).toEqual({ entityName: 'Comune di Gubbio', minSample: 20, timeStandardMinShare: 0.95, sectorMinWithinShare: 0.85, sectorMaxReminderShare: 0.1 });
  });

  it('refuse values that make no sense, naming the variable', () => {
    expect(() => reportSettingsFrom({ URP_REPORT_MIN_SAMPLE: '0' })).toThrow('URP_REPORT_MIN_SAMPLE');
    expect(() => reportSettingsFrom({ URP_REPORT_TIME_STANDARD_MIN_PERCENT: '120' })).toThrow('URP_REPORT_TIME_STANDARD_MIN_PERCENT');
  });
});
