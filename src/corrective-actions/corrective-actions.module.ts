import { Module } from '@nestjs/common';
import { RecordCorrectiveActionController } from './record-corrective-action/record-corrective-action.controller';
import { RecordCorrectiveActionHandler } from './record-corrective-action/record-corrective-action.handler';

/**
 * What managers write about the reports: the corrective actions of a year's charter report
 * (the reports themselves are read models, in projections/reports).
 * Needs, from global modules: EVENT_STORE, CLOCK, the CommandBus and the shared write path.
 */
@Module({
  controllers: [RecordCorrectiveActionController],
  providers: [RecordCorrectiveActionHandler],
})
export class CorrectiveActionsModule {}
