/**
 * The sector decider: a municipal unit that receives cases, with its referents.
 * A dissolved sector accepts nothing more. Refusing to route a case to a dissolved sector
 * is the routing handler's job (it reads this stream): see acceptsCases.
 */
import type { SectorEvent } from '../../contracts';
import { requireRole } from '../shared/actor';
import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { requireInstant, requireText } from '../shared/validation';
import type { SectorCommand } from './sector-commands';

export interface Sector {
  status: 'active' | 'dissolved';
  sectorId: string;
  name: string;
  slug: string;
  /** userId -> display name */
  referents: Readonly<Record<string, string>>;
}

export type SectorState = { status: 'none' } | Sector;

export const initialSectorState = (): SectorState => ({ status: 'none' });

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function decideSector(command: SectorCommand, state: SectorState): SectorEvent[] {
  requireRole(command.actor, ['admin'], command.type);
  const at = requireInstant(command.at, 'at');

  if (command.type === 'EstablishSector') {
    if (state.status !== 'none') {
      throw new DomainError(
        'SECTOR_ALREADY_ESTABLISHED',
        `Sector ${command.sectorId} already exists`,
        { sectorId: command.sectorId },
      );
    }
    return [
      {
        type: 'SectorEstablished',
        data: {
          sectorId: requireText(command.sectorId, 'sectorId'),
          name: requireText(command.name, 'name'),
          slug: requireSlug(command.slug),
          establishedAt: at,
        },
      },
    ];
  }

  const sector = requireActiveSector(state, command.sectorId);
  switch (command.type) {
    case 'AppointReferent': {
      const userId = requireText(command.userId, 'userId');
      if (Object.hasOwn(sector.referents, userId)) {
        throw new DomainError(
          'REFERENT_ALREADY_APPOINTED',
          `${userId} is already a referent of ${sector.name}`,
          { userId },
        );
      }
      const displayName = requireText(command.displayName, 'displayName');
      return [{ type: 'SectorReferentAppointed', data: { sectorId: sector.sectorId, userId, displayName, ...(command.email ? { email: command.email } : {}), appointedAt: at } }];
    }
    case 'RemoveReferent': {
      if (!Object.hasOwn(sector.referents, command.userId)) {
        throw new DomainError(
          'REFERENT_NOT_APPOINTED',
          `${command.userId} is not a referent of ${sector.name}`,
          { userId: command.userId },
        );
      }
      return [{ type: 'SectorReferentRemoved', data: { sectorId: sector.sectorId, userId: command.userId, removedAt: at } }];
    }
    case 'RenameSector': {
      const name = requireText(command.name, 'name');
      const slug = requireSlug(command.slug);
      if (name === sector.name && slug === sector.slug) {
        throw new DomainError('SECTOR_NAME_UNCHANGED', `Sector ${sector.sectorId} is already named ${name} (${slug})`);
      }
      return [
        {
          type: 'SectorRenamed',
          data: { sectorId: sector.sectorId, name, slug, previousName: sector.name, previousSlug: sector.slug, renamedAt: at },
        },
      ];
    }
    case 'DissolveSector':
      return [{ type: 'SectorDissolved', data: { sectorId: sector.sectorId, dissolvedAt: at } }];
  }
}

export function evolveSector(state: SectorState, event: SectorEvent): SectorState {
  if (event.type === 'SectorEstablished') {
    const { sectorId, name, slug } = event.data;
    return { status: 'active', sectorId, name, slug, referents: {} };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'SectorReferentAppointed':
      return { ...state, referents: { ...state.referents, [event.data.userId]: event.data.displayName } };
    case 'SectorReferentRemoved': {
      const { [event.data.userId]: _removed, ...referents } = state.referents;
      return { ...state, referents };
    }
    case 'SectorRenamed':
      return { ...state, name: event.data.name, slug: event.data.slug };
    case 'SectorDissolved':
      return { ...state, status: 'dissolved' };
  }
}

export const sectorDecider: Decider<SectorCommand, SectorEvent, SectorState> = {
  decide: decideSector,
  evolve: evolveSector,
  initialState: initialSectorState,
};

/** Whether cases may be routed to this sector now. */
export function acceptsCases(state: SectorState): boolean {
  return state.status === 'active';
}

/** Whether a user is one of the sector's referents now. */
export function isReferentOf(state: SectorState, userId: string): boolean {
  return state.status === 'active' && Object.hasOwn(state.referents, userId);
}

function requireActiveSector(state: SectorState, sectorId: string): Sector {
  if (state.status === 'none') {
    throw new DomainError(
      'SECTOR_NOT_FOUND',
      `Sector ${sectorId} does not exist`,
      { sectorId },
    );
  }
  if (state.status === 'dissolved') {
    throw new DomainError(
      'SECTOR_DISSOLVED',
      `Sector ${state.name} was dissolved`,
      { sectorId },
    );
  }
  return state;
}

function requireSlug(slug: unknown): string {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
    throw new DomainError(
      'INVALID_SLUG',
      `'slug' must be lowercase words joined by hyphens, e.g. lavori-pubblici`,
      { slug },
    );
  }
  return slug;
}
