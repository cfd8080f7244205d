/**
 * The category catalogue the e2e specs register cases against: the demo comune's, plus the
 * few codes older specs use, each taking every kind. Written straight to the store, as an
 * admin would have added them through POST /categories, applying from long before any case.
 */
import { randomUUID } from 'node:crypto';
import { CASE_KINDS, categoryStream, type CategoryAdded } from '../../src/contracts';
import { DEMO_CATEGORIES } from '../../src/demo/demo-categories';
import type { EventStore } from '../../src/event-store/event-store.port';

const OLDER_SPEC_CODES = ['viabilita/buche', 'anagrafe/certificati', 'illuminazione', 'lampione', 'orari', 'previdenza'];
const ADMIN = { id: 'fixture-admin', role: 'admin' as const };

export async function seedTestCatalogue(store: EventStore, sectorIdOf: (slug: string) => string | null, at: string): Promise<void> {
  const categories = [
    ...DEMO_CATEGORIES.map((c) => ({ code: c.code, label: c.label, kinds: [...c.kinds], sector: c.sector as string | null })),
    ...OLDER_SPEC_CODES.map((code) => ({ code, label: code, kinds: [...CASE_KINDS], sector: code === 'viabilita/buche' ? 'lavori-pubblici' : null })),
  ];
  for (const category of categories) {
    const event: CategoryAdded = {
      type: 'CategoryAdded',
      data: {
        code: category.code,
        label: category.label,
        kinds: category.kinds,
        defaultSectorId: category.sector === null ? null : sectorIdOf(category.sector),
        effectiveFrom: '2020-01-01',
        addedAt: at,
      },
    };
    await store.appendToStream(
      categoryStream(category.code),
      [{ id: randomUUID(), type: event.type, data: event.data, metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: ADMIN, recordedAt: at, schemaVersion: 1 } }],
      { expectedRevision: 'no_stream' },
    );
  }
}
