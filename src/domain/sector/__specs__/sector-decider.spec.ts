import type { SectorEvent } from '../../../contracts';
import type { Actor } from '../../shared/actor';
import { stateFrom } from '../../shared/decider';
import { spec } from '../../testing/decider-spec';
import type { SectorCommand } from '../sector-commands';
import { acceptsCases, isReferentOf, sectorDecider } from '../sector-decider';

const admin: Actor = { id: 'adm-sara', role: 'admin' };
const at = '2026-01-10T09:00:00.000Z';
const given = spec(sectorDecider).given;

const established: SectorEvent = {
  type: 'SectorEstablished',
  data: { sectorId: 'sec-lp', name: 'Lavori Pubblici', slug: 'lavori-pubblici', establishedAt: at },
};
const appointed: SectorEvent = {
  type: 'SectorReferentAppointed',
  data: { sectorId: 'sec-lp', userId: 'ref-marco', displayName: 'Marco Bianchi', appointedAt: at },
};
const dissolved: SectorEvent = { type: 'SectorDissolved', data: { sectorId: 'sec-lp', dissolvedAt: at } };

const establish = (over: Partial<Extract<SectorCommand, { type: 'EstablishSector' }>> = {}): SectorCommand => ({
  type: 'EstablishSector',
  sectorId: 'sec-lp',
  actor: admin,
  at,
  name: 'Lavori Pubblici',
  slug: 'lavori-pubblici',
  ...over,
});
const appoint = (over: Partial<Extract<SectorCommand, { type: 'AppointReferent' }>> = {}): SectorCommand => ({
  type: 'AppointReferent',
  sectorId: 'sec-lp',
  actor: admin,
  at,
  userId: 'ref-marco',
  displayName: 'Marco Bianchi',
  ...over,
});
const removeReferent = (userId = 'ref-marco'): SectorCommand => ({ type: 'RemoveReferent', sectorId: 'sec-lp', actor: admin, at, userId });
const rename = (name: string, slug: string): SectorCommand => ({ type: 'RenameSector', sectorId: 'sec-lp', actor: admin, at, name, slug });
const dissolve = (actor: Actor = admin): SectorCommand => ({ type: 'DissolveSector', sectorId: 'sec-lp', actor, at });

describe('Sector', () => {
  it('is established with a name and a slug', () => {
    given([]).when(establish()).then([established]);
  });

  it('is established once', () => {
    given([established]).when(establish()).thenThrows('SECTOR_ALREADY_ESTABLISHED');
  });

  it('needs a slug made of lowercase words and hyphens', () => {
    given([]).when(establish({ slug: 'Lavori Pubblici' })).thenThrows('INVALID_SLUG');
  });

  it('needs a name', () => {
    given([]).when(establish({ name: ' ' })).thenThrows('TEXT_REQUIRED');
  });

  it('appoints a referent', () => {
    given([established]).when(appoint()).then([appointed]);
  });

  it('does not appoint the same referent twice', () => {
    given([established, appointed]).when(appoint()).thenThrows('REFERENT_ALREADY_APPOINTED');
  });

  it('removes a referent', () => {
    given([established, appointed])
      .when(removeReferent())
      .then([{ type: 'SectorReferentRemoved', data: { sectorId: 'sec-lp', userId: 'ref-marco', removedAt: at } }]);
  });

  it('cannot remove who is not a referent', () => {
    given([established]).when(removeReferent('ref-nobody')).thenThrows('REFERENT_NOT_APPOINTED');
  });

  it('is renamed, keeping the previous name for history', () => {
    given([established])
      .when(rename('Lavori Pubblici e Manutenzioni', 'lavori-pubblici-manutenzioni'))
      .then([
        {
          type: 'SectorRenamed',
          data: {
            sectorId: 'sec-lp',
            name: 'Lavori Pubblici e Manutenzioni',
            slug: 'lavori-pubblici-manutenzioni',
            previousName: 'Lavori Pubblici',
            previousSlug: 'lavori-pubblici',
            renamedAt: at,
          },
        },
      ]);
  });

  it('refuses a rename that changes nothing', () => {
    given([established]).when(rename('Lavori Pubblici', 'lavori-pubblici')).thenThrows('SECTOR_NAME_UNCHANGED');
  });

  it('is dissolved', () => {
    given([established]).when(dissolve()).then([dissolved]);
  });

  it.each([
    ['appointing', appoint({ userId: 'ref-new' })],
    ['removing', removeReferent()],
    ['renaming', rename('Altro', 'altro')],
    ['dissolving again', dissolve()],
  ])('a dissolved sector refuses %s', (_, command) => {
    given([established, appointed, dissolved]).when(command).thenThrows('SECTOR_DISSOLVED');
  });

  it('a sector that does not exist', () => {
    given([]).when(appoint()).thenThrows('SECTOR_NOT_FOUND');
  });

  it.each(['operator', 'manager', 'auditor', 'referent', 'citizen', 'system'] as const)('a %s cannot manage sectors', (role) => {
    given([established]).when(dissolve({ id: 'someone', role })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('accepts cases and knows its referents until dissolved', () => {
    const active = stateFrom(sectorDecider, [established, appointed]);
    expect(acceptsCases(active)).toBe(true);
    expect(isReferentOf(active, 'ref-marco')).toBe(true);
    expect(isReferentOf(active, 'ref-lucia')).toBe(false);
    const gone = stateFrom(sectorDecider, [established, appointed, dissolved]);
    expect(acceptsCases(gone)).toBe(false);
    expect(isReferentOf(gone, 'ref-marco')).toBe(false);
    expect(acceptsCases(sectorDecider.initialState())).toBe(false);
  });

  it('a removed referent is no longer one', () => {
    const state = stateFrom(sectorDecider, [
      established,
      appointed,
      { type: 'SectorReferentRemoved', data: { sectorId: 'sec-lp', userId: 'ref-marco', removedAt: at } },
    ]);
    expect(isReferentOf(state, 'ref-marco')).toBe(false);
  });
});
