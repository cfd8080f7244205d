/**
 * The demo comune's category catalogue: what citizens write about, with the sector that
 * usually answers (FixMyStreet- and "segnala disservizio"-style topics). The case generator
 * (demo-topics.ts) picks only codes of this catalogue; the portal shows it by group.
 */
import { CASE_KINDS, type CaseKind } from '../contracts';
import type { DemoSectorSlug } from './demo-organisation';

export interface DemoCategory {
  code: string;
  label: string;
  /** The portal's heading the category sits under. */
  group: string;
  kinds: readonly CaseKind[];
  sector: DemoSectorSlug | null;
}

/** A service's categories take everything but civic access (which has its own). */
const SERVICE: readonly CaseKind[] = CASE_KINDS.filter((kind) => kind !== 'civic_access');
const INFORMATION: readonly CaseKind[] = ['information_request', 'complaint', 'suggestion', 'appreciation'];
const CIVIC_ACCESS: readonly CaseKind[] = ['civic_access'];

const c = (group: string, code: string, label: string, sector: DemoSectorSlug | null, kinds: readonly CaseKind[] = SERVICE): DemoCategory => ({
  code,
  label,
  group,
  kinds,
  sector,
});

const ROADS = 'Strade e mobilità';
const ENVIRONMENT = 'Ambiente e decoro';
const SAFETY = 'Sicurezza e polizia locale';
const TAXES = 'Tributi';
const REGISTRY = 'Anagrafe e servizi al cittadino';
const PEOPLE = 'Scuola, sociale e cultura';
const ACCESS = 'Accesso civico';
const OTHER = 'Altro';

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  c(ROADS, 'strade/buche', 'Buche e manto stradale', 'lavori-pubblici'),
  c(ROADS, 'strade/marciapiedi', 'Marciapiedi', 'lavori-pubblici'),
  c(ROADS, 'strade/provinciali', 'Strade provinciali (competenza della Provincia)', null),
  c(ROADS, 'viabilita/segnaletica', 'Segnaletica stradale', 'mobilita-trasporti'),
  c(ROADS, 'viabilita/semafori', 'Semafori', 'mobilita-trasporti'),
  c(ROADS, 'viabilita/piste-ciclabili', 'Piste ciclabili', 'mobilita-trasporti'),
  c(ROADS, 'trasporti/parcheggi', 'Parcheggi', 'mobilita-trasporti'),
  c(ROADS, 'trasporti/abbonamenti', 'Abbonamenti al trasporto pubblico', 'mobilita-trasporti', INFORMATION),
  c(ENVIRONMENT, 'illuminazione/lampioni', 'Illuminazione pubblica', 'lavori-pubblici'),
  c(ENVIRONMENT, 'rifiuti/raccolta', 'Raccolta dei rifiuti', 'ambiente'),
  c(ENVIRONMENT, 'rifiuti/calendario', 'Calendario della raccolta', 'ambiente', INFORMATION),
  c(ENVIRONMENT, 'rifiuti/abbandono', 'Rifiuti abbandonati', 'ambiente'),
  c(ENVIRONMENT, 'verde/parchi', 'Parchi e giardini', 'ambiente'),
  c(ENVIRONMENT, 'verde/alberi', 'Alberi', 'ambiente'),
  c(ENVIRONMENT, 'igiene/infestanti', 'Animali infestanti e disinfestazione', 'ambiente'),
  c(ENVIRONMENT, 'urbanistica/arredo', 'Arredo urbano', 'urbanistica'),
  c(SAFETY, 'sicurezza/sosta', 'Sosta irregolare', 'polizia-locale'),
  c(SAFETY, 'sicurezza/veicoli-abbandonati', 'Veicoli abbandonati', 'polizia-locale'),
  c(SAFETY, 'sicurezza/rumori', 'Rumori e disturbo', 'polizia-locale'),
  c(SAFETY, 'sicurezza/sanzioni', 'Multe e sanzioni', 'polizia-locale'),
  c(TAXES, 'tributi/tari', 'TARI (tassa sui rifiuti)', 'tributi'),
  c(TAXES, 'tributi/imu', 'IMU', 'tributi'),
  c(TAXES, 'tributi/scadenze', 'Scadenze e pagamenti', 'tributi', INFORMATION),
  c(TAXES, 'tributi/rimborsi', 'Rimborsi', 'tributi'),
  c(REGISTRY, 'anagrafe/carta-identita', "Carta d'identità", 'anagrafe-stato-civile'),
  c(REGISTRY, 'anagrafe/attese', "Tempi d'attesa all'anagrafe", 'anagrafe-stato-civile'),
  c(REGISTRY, 'anagrafe/appuntamenti', 'Appuntamenti allo sportello', 'anagrafe-stato-civile'),
  c(REGISTRY, 'anagrafe/orari', 'Orari degli uffici', 'anagrafe-stato-civile', INFORMATION),
  c(REGISTRY, 'urp/spid', 'SPID e servizi online', null, INFORMATION),
  c(REGISTRY, 'urp/passaporti', 'Passaporti (competenza della Questura)', null, INFORMATION),
  c(PEOPLE, 'scuola/iscrizioni', 'Iscrizioni scolastiche', 'istruzione'),
  c(PEOPLE, 'scuola/mensa', 'Mensa scolastica', 'istruzione'),
  c(PEOPLE, 'scuola/trasporto', 'Trasporto scolastico', 'istruzione'),
  c(PEOPLE, 'sociale/contributi', 'Contributi e sostegno', 'servizi-sociali'),
  c(PEOPLE, 'sociale/bonus', 'Bonus', 'servizi-sociali'),
  c(PEOPLE, 'cultura/biblioteca', 'Biblioteca', 'cultura-turismo'),
  c(PEOPLE, 'cultura/eventi', 'Eventi e manifestazioni', 'cultura-turismo'),
  c(ACCESS, 'accesso-civico/ambiente', 'Accesso civico: ambiente', 'ambiente', CIVIC_ACCESS),
  c(ACCESS, 'accesso-civico/edilizia', 'Accesso civico: edilizia e urbanistica', 'urbanistica', CIVIC_ACCESS),
  c(ACCESS, 'accesso-civico/lavori', 'Accesso civico: lavori pubblici', 'lavori-pubblici', CIVIC_ACCESS),
  c(ACCESS, 'accesso-civico/tributi', 'Accesso civico: tributi', 'tributi', CIVIC_ACCESS),
  c(OTHER, 'altri-enti/agenzia-entrate', "Agenzia delle Entrate (altro ente)", null, ['information_request']),
  c(OTHER, 'altri-enti/asl', 'Azienda sanitaria (altro ente)', null, ['information_request']),
  c(OTHER, 'altri-enti/inps', 'INPS (altro ente)', null, ['information_request']),
  c(OTHER, 'altri-enti/motorizzazione', 'Motorizzazione civile (altro ente)', null, ['information_request']),
  c(OTHER, 'apprezzamento/personale', 'Apprezzamento per il personale', null, ['appreciation']),
  c(OTHER, 'apprezzamento/servizi', 'Apprezzamento per un servizio', null, ['appreciation']),
  c(OTHER, 'apprezzamento/interventi', 'Apprezzamento per un intervento', null, ['appreciation']),
  c(OTHER, 'altro', 'Altro argomento', null, CASE_KINDS),
];
