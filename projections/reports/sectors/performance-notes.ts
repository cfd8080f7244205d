/** How the performance figures are computed, in Italian, for the method notes. */
export function performanceNotes(minSample: number): string[] {
  return [
    "Inoltri, pratiche pervenute e risposte sono attribuiti al periodo in cui l'inoltro è avvenuto o la pratica è pervenuta (o è stata riaperta), e seguiti fino alla data di aggiornamento dei dati; riaperture e questionari al periodo in cui sono avvenuti.",
    "I tempi sono in giorni di calendario (fuso orario di Roma): la presa in carico dall'inoltro; la risposta definitiva dal ricevimento o dalla riapertura, esclusi i giorni di sospensione in attesa del cittadino. Il 90° percentile è il tempo entro cui è arrivato il 90% delle risposte.",
    "Lo standard della Carta è il termine in vigore quando la pratica è pervenuta (le proroghe motivate non lo modificano); la scadenza comprende le proroghe. Le pratiche senza risposta a termine scaduto contano come fuori termine.",
    "A ogni pratica risponde il settore a cui è stata inoltrata per ultima; le pratiche restituite all'URP non sono attribuite al settore che le ha restituite.",
    `I valori calcolati su meno di ${minSample} pratiche sono indicati come "campione insufficiente".`,
  ];
}
