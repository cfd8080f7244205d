/**
 * The demo comune's citizens and places. Invented: e-mails under the reserved .example
 * domain, phone numbers with the non-existent 0000 prefix, and no fiscal codes, so no demo
 * record can ever point at a real person.
 */
import type { CitizenDetails } from '../contracts';
import type { Prng } from './prng';

const FIRST_NAMES = [
  'Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Andrea', 'Sara', 'Matteo', 'Elena',
  'Giuseppe', 'Anna', 'Paolo', 'Laura', 'Stefano', 'Valentina', 'Roberto', 'Martina', 'Davide', 'Silvia',
  'Antonio', 'Maria', 'Giovanni', 'Federica', 'Simone', 'Alessia', 'Lorenzo', 'Elisa', 'Riccardo', 'Paola',
];

const SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
];

export const STREETS = [
  'via Garibaldi', 'via Mazzini', 'corso Vittorio Emanuele II', 'via Roma', 'via Dante Alighieri', 'via Giuseppe Verdi',
  'viale della Repubblica', 'via XX Settembre', 'via Cavour', 'via Matteotti', 'via Gramsci', 'via San Francesco',
  'via dei Mille', 'via Manzoni', 'via Leopardi', 'viale Europa', 'via delle Rimembranze', 'via Cesare Battisti',
];

export const SQUARES = [
  'piazza Mazzini', 'piazza del Popolo', 'piazza Cavour', 'piazza Garibaldi', 'piazza della Libertà', 'piazza Duomo',
  'piazza XXV Aprile', 'largo Marconi',
];

export interface DemoCitizen {
  details: CitizenDetails;
  /** Has an e-mail: can be answered and surveyed in writing. */
  writes: boolean;
}

/** A pool of citizens: some of them contact the office more than once, as people do. */
export function citizenPool(rng: Prng, size: number): DemoCitizen[] {
  return Array.from({ length: size }, (_, index) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(SURNAMES);
    const handle = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    const email = `${handle}${index}@posta.example`;
    const phone = `+39 0000 ${String(100000 + index).slice(-6)}`;
    const writes = rng.chance(0.75);
    const details: CitizenDetails = writes
      ? { fullName: `${first} ${last}`, email, ...(rng.chance(0.4) ? { phone } : {}) }
      : { fullName: `${first} ${last}`, phone, ...(rng.chance(0.3) ? { address: `${rng.pick(STREETS)} ${rng.int(1, 120)}` } : {}) };
    return { details, writes };
  });
}

export function streetAddress(rng: Prng): string {
  return `${rng.pick(STREETS)} ${rng.int(1, 150)}`;
}
