/** The sector performance reports, read from the live tables as of now (the injected clock). */
import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../src/auth';
import { CLOCK, Clock } from '../../../src/read-side';
import type { ReportPeriod } from '../../sector-performance/compute/report-period';
import { LIVE_PERFORMANCE_TABLES } from '../../sector-performance/performance-tables';
import { readSector, readSectorPerformance, readSectorsReport, ReportScope, SectorPerformance, SectorsReport } from '../../sector-performance/reading/sector-reports';
import { REPORT_SETTINGS, ReportSettings } from '../report-settings';

@Injectable()
export class SectorReportsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REPORT_SETTINGS) private readonly settings: ReportSettings,
  ) {}

  /** Referents see their own sector only. */
  async sectorPerformance(sectorId: string, period: ReportPeriod, user: AuthenticatedUser): Promise<SectorPerformance> {
    if (user.role === 'referent' && user.sectorId !== sectorId) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', code: 'OTHER_SECTOR', message: "A referent sees only their own sector's performance" });
    }
    const sector = await readSector(this.dataSource, LIVE_PERFORMANCE_TABLES, sectorId);
    if (!sector) throw new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'SECTOR_NOT_FOUND', message: `No sector ${sectorId}` });
    return readSectorPerformance(this.dataSource, LIVE_PERFORMANCE_TABLES, sector, this.scope(period));
  }

  sectorsReport(period: ReportPeriod): Promise<SectorsReport> {
    return readSectorsReport(this.dataSource, LIVE_PERFORMANCE_TABLES, this.scope(period));
  }

  private scope(period: ReportPeriod): ReportScope {
    return { period, asOf: this.clock.now().toISOString(), minSample: this.settings.minSample };
  }
}
