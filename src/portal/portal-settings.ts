import type { AppConfig } from '../config/app-config';
import type { ServiceArea } from '../place/service-area';

/** What the portal's pages need of the one configuration (src/config/app-config.ts). */
export interface PortalSettings {
  /** URP_ENTITY_NAME, as on the reports ('Comune di …'). */
  entityName: string;
  /** URP_MAP_BOUNDS: the map opens on it, and the form refuses a point outside it before sending. */
  serviceArea: ServiceArea;
  /** URP_ATTACHMENT_MAX_BYTES: the form refuses a larger file before sending. */
  attachmentMaxBytes: number;
}

export function portalSettingsFrom(config: AppConfig): PortalSettings {
  return { entityName: config.reports.entityName, serviceArea: config.serviceArea, attachmentMaxBytes: config.attachmentMaxBytes };
}

export const PORTAL_SETTINGS = Symbol('PORTAL_SETTINGS');
