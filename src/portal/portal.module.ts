import { Module } from '@nestjs/common';
import { PortalController } from './portal.controller';
import { PORTAL_SETTINGS, portalSettingsFrom } from './portal-settings';

/** The citizens' portal at /portale (outside the API prefix). */
@Module({
  controllers: [PortalController],
  providers: [{ provide: PORTAL_SETTINGS, useFactory: () => portalSettingsFrom(process.env) }],
})
export class PortalModule {}
