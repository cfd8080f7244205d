/**
 * One citizen across identifiers. Registration resolves the contact's fiscal code, e-mail
 * and phone to ONE pseudonymous citizen id (and so one data key); an erasure covers the
 * citizen's whole group (the canonical id and its aliases); an admin finds a citizen by an
 * identifier. Only blind indexes are stored (blind-index.ts).
 *
 * When identifiers of one contact already belong to different citizens, the strongest
 * decides (fiscal code, then e-mail, then phone) and the others become aliases of it,
 * unless both have a fiscal code of their own: two fiscal codes are two people, who may share
 * an e-mail or a phone (a family), and erasing one must not erase the other.
 */
import { randomUUID } from 'node:crypto';
import type { CitizenDetails } from '../../contracts';
import { deriveCitizenId } from '../citizen-id/citizen-id';
import type { SqlQuery } from '../keys/sql-query';
import { BlindIdentifier, BlindIndexer, IDENTIFIER_KINDS, IdentifierKind } from './blind-index';

export type CitizenIdentifiers = Pick<CitizenDetails, 'fiscalCode' | 'email' | 'phone' | 'fullName'>;

export interface FoundCitizen {
  /** The id erasure is asked for (any id of the group would do). */
  citizenId: string;
  /** Older ids of the same person (cases registered before the directory linked them). */
  linkedCitizenIds: string[];
}

interface IdentifierRow {
  kind: IdentifierKind;
  canonical: string;
}

export class CitizenDirectory {
  private readonly indexer: BlindIndexer;

  constructor(
    private readonly query: SqlQuery,
    private readonly secret: string,
    private readonly maintenance: SqlQuery = query,
  ) {
    this.indexer = new BlindIndexer(secret);
  }

  /**
   * The citizen a contact is. A new person gets the id made from their strongest identifier
   * (so concurrent first registrations agree), or a random one with a phone number only.
   */
  resolve(details: CitizenIdentifiers): Promise<string> {
    const candidate = deriveCitizenId(details, this.secret);
    return this.link(details, candidate, false);
  }

  /** Records that `citizenId` (an id already on cases) has these identifiers: the backfill of cases registered before the directory. */
  adopt(citizenId: string, details: CitizenIdentifiers): Promise<string> {
    return this.link(details, citizenId.toLowerCase(), true);
  }

  async find(kind: IdentifierKind, value: string): Promise<FoundCitizen | null> {
    const identifier = this.indexer.identifier(kind, value);
    if (!identifier) return null;
    const [row] = await this.identifierRows([identifier]);
    if (!row) return null;
    const group = await this.sameCitizen(row.canonical);
    return { citizenId: row.canonical, linkedCitizenIds: group.filter((id) => id !== row.canonical) };
  }

  /** Every id of the person `citizenId` is: their canonical id first, then its aliases. */
  async sameCitizen(citizenId: string): Promise<string[]> {
    const id = citizenId.toLowerCase();
    const rows = await this.query(
      `WITH canonical AS (SELECT coalesce((SELECT canonical_id FROM citizen_aliases WHERE citizen_id = $1), $1::uuid) AS id)
       SELECT id::text AS id, 0 AS rank FROM canonical
       UNION SELECT a.citizen_id::text, 1 FROM citizen_aliases a, canonical WHERE a.canonical_id = canonical.id
       ORDER BY rank, id`,
      [id],
    );
    return rows.map((row) => String(row.id));
  }

  /** Citizen ids a staff search text can name: as a fiscal code, an e-mail, a phone number or a full name. */
  async citizenIdsMatching(text: string): Promise<string[]> {
    const identifiers = IDENTIFIER_KINDS.map((kind) => this.indexer.identifier(kind, text)).filter((id): id is BlindIdentifier => id !== null);
    const name = this.indexer.name(text);
    const rows = await this.query(
      `WITH direct AS (
         SELECT citizen_id FROM citizen_identifiers WHERE blind_index = ANY($1)
         UNION SELECT citizen_id FROM citizen_names WHERE blind_index = $2),
       canonical AS (SELECT DISTINCT coalesce(a.canonical_id, d.citizen_id) AS id FROM direct d LEFT JOIN citizen_aliases a ON a.citizen_id = d.citizen_id)
       SELECT id::text AS id FROM canonical
       UNION SELECT a.citizen_id::text FROM citizen_aliases a JOIN canonical c ON a.canonical_id = c.id`,
      [identifiers.map((id) => id.index), name],
    );
    return rows.map((row) => String(row.id));
  }

  /** After an erasure: nothing may link the person's identifiers to them any more. */
  async forget(citizenIds: readonly string[]): Promise<void> {
    const ids = citizenIds.map((id) => id.toLowerCase());
    await this.query('DELETE FROM citizen_identifiers WHERE citizen_id = ANY($1::uuid[])', [ids]);
    await this.query('DELETE FROM citizen_names WHERE citizen_id = ANY($1::uuid[])', [ids]);
    await this.query('DELETE FROM citizen_aliases WHERE citizen_id = ANY($1::uuid[]) OR canonical_id = ANY($1::uuid[])', [ids]);
    await this.maintenance('VACUUM citizen_identifiers, citizen_names, citizen_aliases', []);
  }

  /**
   * Registration's round trips: a returning citizen, every identifier and the name already
   * linked to one id, costs one read; a new one a read and one insert; only identifiers
   * shared with other groups (or a lost race) take the full path below.
   */
  private async link(details: CitizenIdentifiers, candidate: string, candidateHasCases: boolean): Promise<string> {
    const identifiers = this.indexer.identifiersOf(details);
    if (identifiers.length === 0) return candidateHasCases ? candidate : randomUUID();
    const name = this.indexer.name(details.fullName);
    const { known, nameOwners } = await this.knownContact(identifiers, name);
    const returning = known.length === identifiers.length && known.every((row) => row.canonical === known[0].canonical);
    if (returning && (!candidateHasCases || candidate === known[0].canonical) && (!name || nameOwners.includes(known[0].canonical))) {
      return known[0].canonical;
    }
    if (known.length === 0 && (await this.insertNewCitizen(identifiers, name, candidate))) return candidate;
    // A new fiscal code never joins a group that has another one: shared e-mails and phones do not make one person.
    const newFiscalCode = identifiers[0].kind === 'fiscal_code' && known[0]?.kind !== 'fiscal_code';
    const owner = known[0] && !(newFiscalCode && (await this.hasFiscalCode(known[0].canonical))) ? known[0].canonical : candidate;
    // First writer wins each identifier; the second reads who won (concurrent registrations agree).
    await this.query(
      `INSERT INTO citizen_identifiers (blind_index, kind, citizen_id)
       SELECT * FROM unnest($1::bytea[], $2::text[], $3::uuid[]) ON CONFLICT (blind_index) DO NOTHING`,
      [identifiers.map((id) => id.index), identifiers.map((id) => id.kind), identifiers.map(() => owner)],
    );
    const rows = await this.identifierRows(identifiers);
    const primary = rows[0].canonical;
    const others = new Set(rows.map((row) => row.canonical).filter((id) => id !== primary));
    if (candidateHasCases && candidate !== primary) others.add(candidate);
    for (const other of others) {
      if (await this.areTwoPeople(primary, other)) continue;
      await this.query(
        `WITH moved AS (UPDATE citizen_aliases SET canonical_id = $2 WHERE canonical_id = $1)
         INSERT INTO citizen_aliases (citizen_id, canonical_id) VALUES ($1, $2) ON CONFLICT (citizen_id) DO NOTHING`,
        [other, primary],
      );
    }
    if (name) await this.query('INSERT INTO citizen_names (blind_index, citizen_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [name, primary]);
    return primary;
  }

  /** The rows of these identifiers, with the canonical id of each, strongest kind first. */
  private async identifierRows(identifiers: readonly BlindIdentifier[]): Promise<IdentifierRow[]> {
    return (await this.knownContact(identifiers, null)).known;
  }

  /** In one read: the identifiers' rows (as identifierRows) and the ids the name is linked to. */
  private async knownContact(identifiers: readonly BlindIdentifier[], name: Buffer | null): Promise<{ known: IdentifierRow[]; nameOwners: string[] }> {
    const rows = await this.query(
      `SELECT i.kind, coalesce(a.canonical_id, i.citizen_id)::text AS canonical
       FROM citizen_identifiers i LEFT JOIN citizen_aliases a ON a.citizen_id = i.citizen_id
       WHERE i.blind_index = ANY($1)
       UNION ALL
       SELECT 'name', n.citizen_id::text FROM citizen_names n WHERE $2::bytea IS NOT NULL AND n.blind_index = $2::bytea`,
      [identifiers.map((id) => id.index), name],
    );
    const known = rows
      .filter((row) => row.kind !== 'name')
      .map((row) => ({ kind: row.kind as IdentifierKind, canonical: String(row.canonical) }))
      .sort((a, b) => IDENTIFIER_KINDS.indexOf(a.kind) - IDENTIFIER_KINDS.indexOf(b.kind));
    return { known, nameOwners: rows.filter((row) => row.kind === 'name').map((row) => String(row.canonical)) };
  }

  /**
   * A person none of whose identifiers is known: every identifier and the name go to the
   * candidate in one statement. False when a concurrent registration took an identifier
   * first (then the name is not written either, and the full path reads who won).
   */
  private async insertNewCitizen(identifiers: readonly BlindIdentifier[], name: Buffer | null, candidate: string): Promise<boolean> {
    const [row] = await this.query(
      `WITH inserted AS (
         INSERT INTO citizen_identifiers (blind_index, kind, citizen_id)
         SELECT * FROM unnest($1::bytea[], $2::text[], $3::uuid[]) ON CONFLICT (blind_index) DO NOTHING
         RETURNING 1),
       named AS (
         INSERT INTO citizen_names (blind_index, citizen_id)
         SELECT $4::bytea, $5::uuid WHERE $4::bytea IS NOT NULL AND (SELECT count(*) FROM inserted) = $6
         ON CONFLICT DO NOTHING)
       SELECT (SELECT count(*) FROM inserted)::int AS inserted`,
      [identifiers.map((id) => id.index), identifiers.map((id) => id.kind), identifiers.map(() => candidate), name, candidate, identifiers.length],
    );
    return Number(row.inserted) === identifiers.length;
  }

  private async hasFiscalCode(canonical: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM citizen_identifiers i LEFT JOIN citizen_aliases a ON a.citizen_id = i.citizen_id
       WHERE i.kind = 'fiscal_code' AND coalesce(a.canonical_id, i.citizen_id) = $1 LIMIT 1`,
      [canonical],
    );
    return rows.length > 0;
  }

  /** Both groups hold a fiscal code: they are different people. */
  private async areTwoPeople(a: string, b: string): Promise<boolean> {
    const [row] = await this.query(
      `SELECT count(DISTINCT coalesce(al.canonical_id, i.citizen_id))::int AS count
       FROM citizen_identifiers i LEFT JOIN citizen_aliases al ON al.citizen_id = i.citizen_id
       WHERE i.kind = 'fiscal_code' AND coalesce(al.canonical_id, i.citizen_id) IN ($1, $2)`,
      [a, b],
    );
    return Number(row.count) === 2;
  }
}
