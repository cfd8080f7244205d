/**
 * The application's projections: one list, used by the server's runner and by the CLI, so a
 * projection added here is both run and rebuildable.
 */
import type { Type } from '@nestjs/common';
import { DASHBOARD_PROJECTIONS } from './dashboard/dashboard.module';
import { FaqProjection } from './faq/faq.projection';
import { OutboxProjection } from './outbox/outbox.projection';
import { READ_MODEL_PROJECTIONS } from './read-models.module';
import { REPORT_PROJECTIONS } from './reports/reports.module';
import type { Projection } from './runner/projection';

export const APP_PROJECTIONS: Type<Projection>[] = [
  ...READ_MODEL_PROJECTIONS,
  ...REPORT_PROJECTIONS,
  FaqProjection,
  ...DASHBOARD_PROJECTIONS,
  OutboxProjection,
];
