/**
 * The read models of the URP's daily work: the operator queue, the case files and the search
 * over every case (the console's "find a closed case"). The
 * projections are run by the projection runner: register them with
 * `ProjectionsModule.register({ run, projections: READ_MODEL_PROJECTIONS })`; this module
 * serves their queries. Needs from global modules: the TypeORM DataSource, EVENT_STORE,
 * CLOCK and the PersonalDataVault (PersonalDataModule).
 */
import { Module, Type } from '@nestjs/common';
import { CaseDetailController } from './case-timeline/case-detail.controller';
import { CaseEventsController } from './case-timeline/case-events.controller';
import { CaseSearchController } from './case-timeline/case-search.controller';
import { CaseTimelineProjection } from './case-timeline/case-timeline.projection';
import { CaseTimelineReader } from './case-timeline/case-timeline.reader';
import { OperatorQueueProjection } from './operator-queue/operator-queue.projection';
import { OperatorQueueReader } from './operator-queue/operator-queue.reader';
import { QueueController } from './operator-queue/queue.controller';
import type { Projection } from './runner/projection';

export const READ_MODEL_PROJECTIONS: Type<Projection>[] = [OperatorQueueProjection, CaseTimelineProjection];

@Module({
  controllers: [QueueController, CaseDetailController, CaseEventsController, CaseSearchController],
  providers: [OperatorQueueReader, CaseTimelineReader],
})
export class ReadModelsModule {}
