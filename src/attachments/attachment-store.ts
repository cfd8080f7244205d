import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataVault, type Erased } from '../personal-data';
import { CLOCK, type Clock } from '../shared/clock';
import type { CheckedAttachment } from './attachment-rules';

/**
 * The bytes of attachments in PostgreSQL (table case_attachments), one row per citizen and
 * SHA-256: the same file sent twice by the same citizen is kept once. Encrypted under the
 * citizen's key, so erasing the citizen makes them unreadable (and a trigger deletes them).
 */
@Injectable()
export class AttachmentStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Stores each file under the citizen's key; a file already there is left as it is. */
  async put(citizenId: string, attachments: readonly CheckedAttachment[]): Promise<void> {
    for (const { ref, bytes } of attachments) {
      const sealed = await this.vault.sealBytes(citizenId, bytes);
      await this.dataSource.query(
        `INSERT INTO case_attachments (citizen_id, sha256, key_id, media_type, byte_size, iv, tag, ciphertext, stored_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (citizen_id, sha256) DO NOTHING`,
        [citizenId, ref.sha256, sealed.keyId, ref.mediaType, ref.bytes, sealed.iv, sealed.tag, sealed.data, this.clock.now()],
      );
    }
  }

  /** The file's bytes; ERASED when its key was destroyed; null when no such file was stored. */
  async get(citizenId: string, sha256: string): Promise<Buffer | Erased | null> {
    const [row] = (await this.dataSource.query(
      'SELECT key_id, iv, tag, ciphertext FROM case_attachments WHERE citizen_id = $1 AND sha256 = $2',
      [citizenId, sha256],
    )) as Array<{ key_id: string; iv: Buffer; tag: Buffer; ciphertext: Buffer }>;
    if (!row) return null;
    const bytes = await this.vault.unsealBytes({ keyId: row.key_id, iv: row.iv, tag: row.tag, data: row.ciphertext }, citizenId);
    return bytes;
  }

  /** How many files are kept for a citizen (erasure leaves none). */
  async countFor(citizenId: string): Promise<number> {
    const [row] = (await this.dataSource.query('SELECT count(*)::int AS count FROM case_attachments WHERE citizen_id = $1', [citizenId])) as Array<{
      count: number;
    }>;
    return row.count;
  }
}
