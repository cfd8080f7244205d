/** The one table of the plain baseline: a case is a row, routing updates it in place. */
import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('cases')
export class PlainCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Progressive number, for a reference like the event-sourced one (URP-2026-000123). */
  @Column({ type: 'bigint' })
  @Generated('increment')
  number: string;

  @Column({ type: 'text' })
  channel: string;

  @Column({ type: 'text', nullable: true })
  kind: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'jsonb' })
  citizen: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'uuid', name: 'sector_id', nullable: true })
  sectorId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', name: 'received_at' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', name: 'routed_at', nullable: true })
  routedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** Optimistic concurrency, the plain counterpart of the event store's expected revision. */
  @VersionColumn()
  version: number;
}
