import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '../auth';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { EVENT_STORE_ADAPTER_NAME } from '../event-store/event-store.module';
import { positionToString } from '../event-store/position';
import { ReadinessIndicators } from './readiness-indicators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_ADAPTER_NAME) private readonly adapterName: string,
    private readonly dataSource: DataSource,
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessIndicators,
  ) {}

  /** The two stores' reachability: the event store's head and a read-model query. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'The system is up; event store head position and read-model database status.' })
  async status() {
    const head = await this.store.headPosition();
    await this.dataSource.query('SELECT 1');
    return {
      status: 'ok',
      eventStore: { adapter: this.adapterName, headPosition: head ? positionToString(head) : null },
      readModelDatabase: 'ok',
    };
  }

  /** Liveness: the process answers. Nothing else, so a database outage never gets the process restarted. */
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: 200 while the process serves HTTP' })
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: 503 while the event store or the read-model database is unreachable, a projection has failed, or a follower of the log is stuck on its batch' })
  @ApiOkResponse({ description: 'Ready: every check up (terminus format: status, info, error, details).' })
  @ApiServiceUnavailableResponse({ description: 'Not ready: the checks that are down, with their reason, under `error`.' })
  ready() {
    return this.health.check([() => this.readiness.eventStore(), () => this.readiness.readModelDatabase(), () => this.readiness.projections()]);
  }
}
