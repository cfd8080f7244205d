/**
 * The manager's live dashboard: register DASHBOARD_PROJECTIONS on the projection runner
 * and import this module for its queries.
 */
import { Module, Type } from '@nestjs/common';
import type { Projection } from '../runner/projection';
import { CaseExport } from './case-export';
import { DashboardController } from './dashboard.controller';
import { DashboardProjection } from './dashboard.projection';
import { DashboardSummaryService } from './dashboard-summary.service';

export const DASHBOARD_PROJECTIONS: Type<Projection>[] = [DashboardProjection];

@Module({
  controllers: [DashboardController],
  providers: [DashboardSummaryService, CaseExport],
})
export class DashboardModule {}
