/** What can be asked of a sector. Only admins manage sectors. */
import type { CommandEnvelope } from '../shared/actor';

type SectorCommandOf<Type extends string, Data = {}> = CommandEnvelope<Type> & { sectorId: string } & Data;

export type EstablishSector = SectorCommandOf<'EstablishSector', { name: string; slug: string }>;
export type AppointReferent = SectorCommandOf<'AppointReferent', { userId: string; displayName: string; email?: string }>;
export type RemoveReferent = SectorCommandOf<'RemoveReferent', { userId: string }>;
export type RenameSector = SectorCommandOf<'RenameSector', { name: string; slug: string }>;
export type DissolveSector = SectorCommandOf<'DissolveSector'>;

export type SectorCommand = EstablishSector | AppointReferent | RemoveReferent | RenameSector | DissolveSector;
