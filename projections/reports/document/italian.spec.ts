import { capitalized, countText, thePercent, theThreshold, withArticle, dateText, daysText, instantText, kindsText, longDateText, numberText, percentText, periodText, targetText, thresholdText } from './italian';

describe('Italian formatting', () => {
  it('writes numbers with a decimal comma', () => {
    expect(percentText(0.905)).toBe('90,5%');
    expect(percentText(1)).toBe('100,0%');
    expect(percentText(null)).toBe('n.d.');
    expect(thresholdText(0.9)).toBe('90%');
    expect(numberText(20.25)).toBe('20,3');
    expect(numberText(4)).toBe('4');
    expect(countText(12345)).toBe('12.345');
    expect(daysText(1)).toBe('1 giorno');
    expect(daysText(2.5)).toBe('2,5 giorni');
  });

  it('writes dates the Italian way, instants in Rome time', () => {
    expect(dateText('2026-03-01')).toBe('01/03/2026');
    expect(longDateText('2026-03-01')).toBe('1 marzo 2026');
    expect(periodText('2026-01-01', '2026-03-31')).toBe('dal 1 gennaio 2026 al 31 marzo 2026');
    expect(periodText('2026-05-04', '2026-05-04')).toBe('il 4 maggio 2026');
    expect(instantText('2026-07-01T08:05:00.000Z')).toBe('01/07/2026 alle 10:05');
  });

  it('names targets and kinds', () => {
    expect(targetText({ kind: 'max_days', days: 30 })).toBe('entro 30 giorni');
    expect(targetText({ kind: 'max_days', days: 1 })).toBe('entro 1 giorno');
    expect(targetText({ kind: 'at_counter' })).toBe('a vista allo sportello (in giornata)');
    expect(targetText({ kind: 'min_share', percent: 80 })).toBe('almeno il 80%');
    expect(kindsText(['report', 'complaint'])).toBe('Segnalazioni, Reclami');
    expect(kindsText(null)).toBe('Tutte le pratiche');
  });

  it('puts the right article before a figure, as it is read aloud', () => {
    expect(theThreshold('il', 0.8)).toBe("l'80%");
    expect(thePercent('del', 0.8125)).toBe("dell'81,3%");
    expect(theThreshold('il', 0.9)).toBe('il 90%');
    expect(theThreshold('del', 0.2)).toBe('del 20%');
    expect(theThreshold('il', 0.08)).toBe("l'8%");
    expect(theThreshold('il', 0.11)).toBe("l'11%");
    expect(theThreshold('al', 0.01)).toBe("all'1%");
    expect(thePercent('il', 1)).toBe('il 100,0%');
    expect(withArticle('il', '18%')).toBe('il 18%');
    expect(withArticle('il', '850%')).toBe("l'850%");
    expect(capitalized(thePercent('il', 0.85))).toBe("L'85,0%");
  });
});
