/**
 * The topics a citizen can choose on the portal: the office's category catalogue (GET
 * /api/v1/categories), grouped under headings by the first word of the code.
 */
import type { CaseKind } from '../contracts';

/** What the portal needs of a catalogue entry. */
export interface CatalogueEntry {
  code: string;
  label: string;
  kinds: readonly CaseKind[];
}

export interface PortalCategoryGroup {
  label: string;
  categories: readonly CatalogueEntry[];
}

/** Headings by the code's first word; codes of no heading here go under «Altri argomenti». */
const GROUP_OF_PREFIX: Readonly<Record<string, string>> = {
  strade: 'Strade e mobilità',
  viabilita: 'Strade e mobilità',
  trasporti: 'Strade e mobilità',
  illuminazione: 'Ambiente e decoro',
  rifiuti: 'Ambiente e decoro',
  verde: 'Ambiente e decoro',
  igiene: 'Ambiente e decoro',
  urbanistica: 'Ambiente e decoro',
  sicurezza: 'Sicurezza e polizia locale',
  tributi: 'Tributi',
  anagrafe: 'Anagrafe e servizi al cittadino',
  urp: 'Anagrafe e servizi al cittadino',
  scuola: 'Scuola, sociale e cultura',
  sociale: 'Scuola, sociale e cultura',
  cultura: 'Scuola, sociale e cultura',
  'accesso-civico': 'Accesso civico',
  'altri-enti': 'Altri enti',
  apprezzamento: 'Apprezzamenti',
};
const OTHER = 'Altri argomenti';
const GROUP_ORDER = [...new Set(Object.values(GROUP_OF_PREFIX)), OTHER];

/** The heading a category sits under (also Open311's service `group`). */
export function categoryGroup(code: string): string {
  return GROUP_OF_PREFIX[code.split('/')[0]] ?? OTHER;
}

export function portalCategoryGroups(catalogue: readonly CatalogueEntry[]): PortalCategoryGroup[] {
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of catalogue) {
    const label = categoryGroup(entry.code);
    groups.set(label, [...(groups.get(label) ?? []), entry]);
  }
  return GROUP_ORDER.filter((label) => groups.has(label)).map((label) => ({
    label,
    // «Altro argomento» closes its group: the choice when nothing else fits.
    categories: [...groups.get(label)!].sort((a, b) => Number(a.code === 'altro') - Number(b.code === 'altro')),
  }));
}

/** Code -> the words the citizen chose it by (retired categories too: past cases keep them). */
export function categoryLabels(catalogue: readonly CatalogueEntry[]): Record<string, string> {
  return Object.fromEntries(catalogue.map((entry) => [entry.code, entry.label]));
}
