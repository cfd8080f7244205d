import { Module } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { APP_CONFIG } from '../config/app-config';
import { PortalController } from './portal.controller';
import { PORTAL_SETTINGS, portalSettingsFrom } from './portal-settings';

/** The citizens' portal at /portale (outside the API prefix). */
@Module({
  imports: [CategoriesModule],
  controllers: [PortalController],
  providers: [{ provide: PORTAL_SETTINGS, useFactory: portalSettingsFrom, inject: [APP_CONFIG] }],
})
export class PortalModule {}
