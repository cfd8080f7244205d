/**
 * What citizens write about, per kind: the subject label of the office's catalogue, the
 * competent sector, and the citizen's words. Reports concentrate on Lavori Pubblici,
 * Ambiente and Polizia Locale, as in the sources (Gubbio: potholes, lights, waste).
 */
import type { CaseKind } from '../contracts';
import type { DemoSectorSlug } from './demo-organisation';
import { SQUARES, STREETS } from './demo-people';
import type { Prng } from './prng';

export interface Place {
  street: string;
  square: string;
  number: number;
}

export interface Topic {
  kind: CaseKind;
  /** Label of the office's catalogue (stored in clear: never personal data). */
  subject: string;
  /** The sector that must act; null when the URP itself answers. */
  sector: DemoSectorSlug | null;
  /** The citizen's words. */
  text(place: Place): string;
  /** Where the problem is, when it has a place. */
  location?(place: Place): string;
  /** For matters of another body: who the citizen is directed to. */
  otherBody?: string;
  /** The URP's direct answer, for information it gives itself. */
  answer?: string;
  weight: number;
}

export function randomPlace(rng: Prng): Place {
  return { street: rng.pick(STREETS), square: rng.pick(SQUARES), number: rng.int(1, 150) };
}

const at = (p: Place) => `${p.street} ${p.number}`;

const REPORTS: Topic[] = [
  { kind: 'report', subject: 'strade/buche', sector: 'lavori-pubblici', weight: 9, location: at,
    text: (p) => `Buca in ${p.street}: all'altezza del civico ${p.number} c'è una buca profonda, pericolosa per moto e biciclette.` },
  { kind: 'report', subject: 'illuminazione/lampioni', sector: 'lavori-pubblici', weight: 7, location: (p) => p.square,
    text: (p) => `Lampione spento in ${p.square} da diverse sere: la piazza è completamente al buio.` },
  { kind: 'report', subject: 'strade/marciapiedi', sector: 'lavori-pubblici', weight: 4, location: at,
    text: (p) => `Marciapiede dissestato in ${p.street}: le radici hanno sollevato le mattonelle, difficile passare con il passeggino.` },
  { kind: 'report', subject: 'rifiuti/abbandono', sector: 'ambiente', weight: 6, location: at,
    text: (p) => `Rifiuti abbandonati accanto ai cassonetti in ${p.street}: sacchi e un vecchio materasso.` },
  { kind: 'report', subject: 'verde/alberi', sector: 'ambiente', weight: 3, location: (p) => p.square,
    text: (p) => `Albero pericolante nei giardini di ${p.square}: un ramo grosso è spezzato e pende sul vialetto.` },
  { kind: 'report', subject: 'igiene/infestanti', sector: 'ambiente', weight: 2, location: at,
    text: (p) => `Presenza di topi vicino alle aiuole di ${p.street}, soprattutto la sera.` },
  { kind: 'report', subject: 'sicurezza/sosta', sector: 'polizia-locale', weight: 4, location: at,
    text: (p) => `Auto in sosta sul marciapiede e sulle strisce in ${p.street}, ogni mattina: i pedoni devono scendere in strada.` },
  { kind: 'report', subject: 'sicurezza/rumori', sector: 'polizia-locale', weight: 3, location: (p) => p.square,
    text: (p) => `Schiamazzi notturni in ${p.square} fino alle 3 nei fine settimana.` },
  { kind: 'report', subject: 'sicurezza/veicoli-abbandonati', sector: 'polizia-locale', weight: 2, location: at,
    text: (p) => `Veicolo abbandonato da mesi in ${p.street}, senza targa e con i vetri rotti.` },
  { kind: 'report', subject: 'viabilita/semafori', sector: 'mobilita-trasporti', weight: 2, location: (p) => `${p.street} angolo ${p.square}`,
    text: (p) => `Semaforo guasto all'incrocio tra ${p.street} e ${p.square}: lampeggia giallo da ieri.` },
  { kind: 'report', subject: 'viabilita/segnaletica', sector: 'mobilita-trasporti', weight: 2, location: at,
    text: (p) => `Strisce pedonali cancellate in ${p.street} davanti alla scuola.` },
  { kind: 'report', subject: 'strade/provinciali', sector: null, weight: 1, otherBody: 'Provincia (Servizio Viabilità)', location: () => 'strada provinciale per la frazione',
    text: () => `Buche lungo la strada provinciale che porta alla frazione, dopo il ponte.` },
];

const COMPLAINTS: Topic[] = [
  { kind: 'complaint', subject: 'tributi/tari', sector: 'tributi', weight: 5,
    text: () => `Avviso TARI con importo errato: mi sono stati conteggiati più occupanti di quelli effettivi.` },
  { kind: 'complaint', subject: 'tributi/rimborsi', sector: 'tributi', weight: 3,
    text: () => `Rimborso IMU richiesto un anno fa e non ancora ricevuto, nonostante due solleciti.` },
  { kind: 'complaint', subject: 'anagrafe/attese', sector: 'anagrafe-stato-civile', weight: 4,
    text: () => `Tempi di attesa troppo lunghi per la carta d'identità elettronica: primo appuntamento fra tre mesi.` },
  { kind: 'complaint', subject: 'anagrafe/appuntamenti', sector: 'anagrafe-stato-civile', weight: 2,
    text: () => `Appuntamento all'anagrafe annullato senza preavviso: ho perso una mattina di lavoro.` },
  { kind: 'complaint', subject: 'sociale/contributi', sector: 'servizi-sociali', weight: 3,
    text: () => `Ritardo nell'erogazione del contributo per l'affitto: la graduatoria è uscita da mesi.` },
  { kind: 'complaint', subject: 'scuola/mensa', sector: 'istruzione', weight: 3,
    text: () => `Qualità del servizio di mensa scolastica peggiorata: porzioni scarse e pasti freddi.` },
  { kind: 'complaint', subject: 'scuola/trasporto', sector: 'istruzione', weight: 2,
    text: (p) => `Scuolabus in ritardo quasi ogni mattina alla fermata di ${p.square}.` },
  { kind: 'complaint', subject: 'sicurezza/sanzioni', sector: 'polizia-locale', weight: 2,
    text: (p) => `Contesto il verbale ricevuto per sosta vietata in ${p.street}: il cartello non era visibile.` },
  { kind: 'complaint', subject: 'rifiuti/raccolta', sector: 'ambiente', weight: 3, location: at,
    text: (p) => `Cassonetti della differenziata sempre pieni in ${p.street}: la raccolta salta da due settimane.` },
  { kind: 'complaint', subject: 'trasporti/parcheggi', sector: 'mobilita-trasporti', weight: 2, location: (p) => p.square,
    text: (p) => `Parcometro guasto in ${p.square} e multa presa lo stesso.` },
];

const SUGGESTIONS: Topic[] = [
  { kind: 'suggestion', subject: 'cultura/biblioteca', sector: 'cultura-turismo', weight: 3,
    text: () => `Proposta: aprire la biblioteca civica anche la domenica mattina.` },
  { kind: 'suggestion', subject: 'cultura/eventi', sector: 'cultura-turismo', weight: 2,
    text: (p) => `Proposta di un mercatino dell'artigianato in ${p.square} la prima domenica del mese.` },
  { kind: 'suggestion', subject: 'viabilita/piste-ciclabili', sector: 'mobilita-trasporti', weight: 3,
    text: (p) => `Proposta di una pista ciclabile in ${p.street} per collegare le scuole alla stazione.` },
  { kind: 'suggestion', subject: 'verde/parchi', sector: 'ambiente', weight: 2,
    text: (p) => `Proposta di un'area cani recintata nei giardini di ${p.square}.` },
  { kind: 'suggestion', subject: 'urbanistica/arredo', sector: 'urbanistica', weight: 2,
    text: (p) => `Proposta di nuove panchine e fontanelle in ${p.square}.` },
];

const APPRECIATIONS: Topic[] = [
  { kind: 'appreciation', subject: 'apprezzamento/personale', sector: null, weight: 3,
    text: () => `Ringrazio il personale dell'anagrafe per la gentilezza e la rapidità.` },
  { kind: 'appreciation', subject: 'apprezzamento/servizi', sector: null, weight: 2,
    text: (p) => `Complimenti per la pulizia e la cura dei giardini di ${p.square}.` },
  { kind: 'appreciation', subject: 'apprezzamento/interventi', sector: null, weight: 2,
    text: (p) => `Grazie per aver sistemato così in fretta la buca in ${p.street}.` },
];

const CIVIC_ACCESS: Topic[] = [
  { kind: 'civic_access', subject: 'accesso-civico/lavori', sector: 'lavori-pubblici', weight: 3,
    text: (p) => `Accesso civico generalizzato: chiedo copia del progetto e dei costi dei lavori di rifacimento di ${p.street}.` },
  { kind: 'civic_access', subject: 'accesso-civico/edilizia', sector: 'urbanistica', weight: 3,
    text: () => `Accesso civico generalizzato: chiedo i dati sui permessi di costruire rilasciati nell'ultimo anno.` },
  { kind: 'civic_access', subject: 'accesso-civico/ambiente', sector: 'ambiente', weight: 2,
    text: () => `Accesso civico generalizzato: chiedo i dati delle centraline sulla qualità dell'aria degli ultimi dodici mesi.` },
  { kind: 'civic_access', subject: 'accesso-civico/tributi', sector: 'tributi', weight: 1,
    text: () => `Accesso civico generalizzato: chiedo gli importi TARI accertati e riscossi negli ultimi tre anni.` },
];

const INFORMATION: Topic[] = [
  { kind: 'information_request', subject: 'anagrafe/orari', sector: 'anagrafe-stato-civile', weight: 8,
    text: () => `Orari ufficio anagrafe: vorrei sapere quando è aperto lo sportello.`,
    answer: "L'ufficio anagrafe è aperto dal lunedì al venerdì dalle 9 alle 13, il martedì anche dalle 14 alle 17." },
  { kind: 'information_request', subject: 'anagrafe/carta-identita', sector: 'anagrafe-stato-civile', weight: 7,
    text: () => `Come si rinnova la carta d'identità elettronica? Serve l'appuntamento?`,
    answer: "Il rinnovo si prenota sull'Agenda CIE del Ministero dell'Interno; servono una fototessera recente e la vecchia carta." },
  { kind: 'information_request', subject: 'tributi/scadenze', sector: 'tributi', weight: 5,
    text: () => `Quando scade la prossima rata della TARI?`,
    answer: 'La seconda rata TARI scade il 2 dicembre; il modello F24 precompilato arriva a casa a novembre.' },
  { kind: 'information_request', subject: 'tributi/imu', sector: 'tributi', weight: 3,
    text: () => `Come si calcola l'IMU per una seconda casa data in comodato a mio figlio?`,
    answer: "Per il comodato a un figlio la base imponibile è ridotta del 50% se il contratto è registrato: il calcolatore IMU è sul sito del Comune." },
  { kind: 'information_request', subject: 'rifiuti/calendario', sector: 'ambiente', weight: 5,
    text: (p) => `Qual è il calendario della raccolta differenziata in ${p.street}?`,
    answer: 'Il calendario della raccolta porta a porta per zona è sul sito del Comune e nell’app del gestore.' },
  { kind: 'information_request', subject: 'scuola/iscrizioni', sector: 'istruzione', weight: 3,
    text: () => `Come si fa l'iscrizione al nido comunale e quali sono le scadenze?`,
    answer: 'Le iscrizioni al nido si presentano online dal 1° al 31 marzo con SPID; le graduatorie escono a maggio.' },
  { kind: 'information_request', subject: 'cultura/eventi', sector: 'cultura-turismo', weight: 3,
    text: () => `Dove trovo il programma degli eventi estivi?`,
    answer: 'Il programma dell’estate è pubblicato sul sito del Comune e all’ufficio turistico in piazza.' },
  { kind: 'information_request', subject: 'trasporti/abbonamenti', sector: 'mobilita-trasporti', weight: 2,
    text: () => `Come si richiede l'abbonamento agevolato dell'autobus per studenti?`,
    answer: "L'abbonamento studenti si richiede alla biglietteria dell'azienda di trasporto con il certificato di iscrizione." },
  { kind: 'information_request', subject: 'urp/spid', sector: null, weight: 4,
    text: () => `Posso fare lo SPID allo sportello del Comune? Serve un appuntamento?`,
    answer: "Lo SPID si attiva allo SPID point dell'URP su appuntamento, con documento d'identità e tessera sanitaria." },
  { kind: 'information_request', subject: 'urp/passaporti', sector: null, weight: 2,
    text: () => `Come si prenota il passaporto?`,
    answer: "Il passaporto si prenota sull'Agenda online della Polizia di Stato; l'URP aiuta nella prenotazione." },
  { kind: 'information_request', subject: 'sociale/bonus', sector: 'servizi-sociali', weight: 3,
    text: () => `Quali sono i requisiti per il bonus sociale sulle bollette?`,
    answer: "Il bonus sociale è automatico con un ISEE sotto la soglia nazionale: basta presentare la DSU." },
  { kind: 'information_request', subject: 'altri-enti/inps', sector: null, weight: 3, otherBody: 'INPS',
    text: () => `Vorrei informazioni sulla mia domanda di pensione.` },
  { kind: 'information_request', subject: 'altri-enti/agenzia-entrate', sector: null, weight: 2, otherBody: 'Agenzia delle Entrate',
    text: () => `Ho smarrito il tesserino del codice fiscale: come lo rifaccio?` },
  { kind: 'information_request', subject: 'altri-enti/asl', sector: null, weight: 2, otherBody: 'Azienda Sanitaria Locale (CUP)',
    text: () => `Come prenoto una visita specialistica?` },
  { kind: 'information_request', subject: 'altri-enti/motorizzazione', sector: null, weight: 1, otherBody: 'Motorizzazione Civile',
    text: () => `Dove si rinnova la patente di guida?` },
];

export const TOPICS: Readonly<Record<CaseKind, readonly Topic[]>> = {
  report: REPORTS,
  complaint: COMPLAINTS,
  suggestion: SUGGESTIONS,
  appreciation: APPRECIATIONS,
  civic_access: CIVIC_ACCESS,
  information_request: INFORMATION,
};

export function pickTopic(rng: Prng, kind: CaseKind): Topic {
  return rng.weighted(TOPICS[kind].map((topic) => [topic, topic.weight] as const));
}
