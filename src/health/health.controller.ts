import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { EVENT_STORE_ADAPTER_NAME } from '../event-store/event-store.module';
import { positionToString } from '../event-store/position';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_ADAPTER_NAME) private readonly adapterName: string,
    private readonly dataSource: DataSource,
  ) {}

  /** Liveness and the two stores' reachability: the event store's head and a read-model query. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'The system is up; event store head position and read-model database status.' })
  async health() {
    const head = await this.store.headPosition();
    await this.dataSource.query('SELECT 1');
    return {
      status: 'ok',
      eventStore: { adapter: this.adapterName, headPosition: head ? positionToString(head) : null },
      readModelDatabase: 'ok',
    };
  }
}
