/**
 * The topics a citizen can choose on the portal, as the catalogue labels the API accepts
 * (`subject`), with the words a citizen reads. Until the office's catalogue exists, these
 * are the topics the demo comune uses.
 */
export interface PortalCategory {
  subject: string;
  label: string;
}

export interface PortalCategoryGroup {
  label: string;
  categories: readonly PortalCategory[];
}

export const PORTAL_CATEGORY_GROUPS: readonly PortalCategoryGroup[] = [
  {
    label: 'Strade e mobilità',
    categories: [
      { subject: 'strade/buche', label: 'Buche e manto stradale' },
      { subject: 'strade/marciapiedi', label: 'Marciapiedi' },
      { subject: 'viabilita/segnaletica', label: 'Segnaletica stradale' },
      { subject: 'viabilita/semafori', label: 'Semafori' },
      { subject: 'viabilita/piste-ciclabili', label: 'Piste ciclabili' },
      { subject: 'trasporti/parcheggi', label: 'Parcheggi' },
      { subject: 'trasporti/abbonamenti', label: 'Abbonamenti al trasporto pubblico' },
    ],
  },
  {
    label: 'Ambiente e decoro',
    categories: [
      { subject: 'rifiuti/raccolta', label: 'Raccolta dei rifiuti' },
      { subject: 'rifiuti/calendario', label: 'Calendario della raccolta' },
      { subject: 'rifiuti/abbandono', label: 'Rifiuti abbandonati' },
      { subject: 'verde/parchi', label: 'Parchi e giardini' },
      { subject: 'verde/alberi', label: 'Alberi' },
      { subject: 'illuminazione/lampioni', label: 'Illuminazione pubblica' },
      { subject: 'igiene/infestanti', label: 'Animali infestanti e disinfestazione' },
      { subject: 'urbanistica/arredo', label: 'Arredo urbano' },
    ],
  },
  {
    label: 'Sicurezza e polizia locale',
    categories: [
      { subject: 'sicurezza/sosta', label: 'Sosta irregolare' },
      { subject: 'sicurezza/veicoli-abbandonati', label: 'Veicoli abbandonati' },
      { subject: 'sicurezza/rumori', label: 'Rumori e disturbo' },
      { subject: 'sicurezza/sanzioni', label: 'Multe e sanzioni' },
    ],
  },
  {
    label: 'Tributi',
    categories: [
      { subject: 'tributi/tari', label: 'TARI (tassa sui rifiuti)' },
      { subject: 'tributi/imu', label: 'IMU' },
      { subject: 'tributi/scadenze', label: 'Scadenze e pagamenti' },
      { subject: 'tributi/rimborsi', label: 'Rimborsi' },
    ],
  },
  {
    label: 'Anagrafe e servizi al cittadino',
    categories: [
      { subject: 'anagrafe/carta-identita', label: "Carta d'identità" },
      { subject: 'anagrafe/appuntamenti', label: 'Appuntamenti allo sportello' },
      { subject: 'anagrafe/orari', label: 'Orari degli uffici' },
      { subject: 'urp/spid', label: 'SPID e servizi online' },
    ],
  },
  {
    label: 'Scuola, sociale e cultura',
    categories: [
      { subject: 'scuola/iscrizioni', label: 'Iscrizioni scolastiche' },
      { subject: 'scuola/mensa', label: 'Mensa scolastica' },
      { subject: 'scuola/trasporto', label: 'Trasporto scolastico' },
      { subject: 'sociale/contributi', label: 'Contributi e sostegno' },
      { subject: 'sociale/bonus', label: 'Bonus' },
      { subject: 'cultura/biblioteca', label: 'Biblioteca' },
      { subject: 'cultura/eventi', label: 'Eventi e manifestazioni' },
    ],
  },
  { label: 'Altro', categories: [{ subject: 'altro', label: 'Altro argomento' }] },
];

export function categoryLabel(subject: string | null): string | null {
  if (subject === null) return null;
  for (const group of PORTAL_CATEGORY_GROUPS) {
    const found = group.categories.find((category) => category.subject === subject);
    if (found) return found.label;
  }
  return subject;
}
