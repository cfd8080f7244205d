/** Who the portal speaks for: URP_ENTITY_NAME, as on the reports ('Comune di …'). */
export interface PortalSettings {
  entityName: string;
}

export function portalSettingsFrom(env: NodeJS.ProcessEnv): PortalSettings {
  return { entityName: env.URP_ENTITY_NAME?.trim() || 'Comune' };
}

export const PORTAL_SETTINGS = Symbol('PORTAL_SETTINGS');
