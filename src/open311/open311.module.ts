import { DynamicModule, Module, Type } from '@nestjs/common';
import { CategoriesModule } from '../categories/categories.module';
import { AccessCodes } from '../citizen-access/access-codes';
import { RateLimitModule } from '../http/rate-limit.module';
import { GetRequestsController } from './get-requests/get-requests.controller';
import { Open311RequestsReader } from './get-requests/open311-requests.reader';
import { REQUEST_STATUSES, type RequestStatuses } from './get-requests/request-statuses.port';
import { GetServiceController } from './get-service/get-service.controller';
import { ListServicesController } from './list-services/list-services.controller';
import { Open311Services } from './open311-services';
import { PostRequestController } from './post-request/post-request.controller';

/**
 * Open311 GeoReport v2 under /api/v1/open311/v2, for the civic apps and aggregators that
 * speak it: the catalogue's report categories as services, requests registered through the
 * same command as the portal's, and their status asked of the read side through the
 * RequestStatuses port (the application passes the read side's answer to it).
 */
@Module({})
export class Open311Module {
  static register(options: { requestStatuses: Type<RequestStatuses> }): DynamicModule {
    return {
      module: Open311Module,
      imports: [CategoriesModule, RateLimitModule],
      controllers: [ListServicesController, GetServiceController, PostRequestController, GetRequestsController],
      providers: [Open311Services, Open311RequestsReader, AccessCodes, { provide: REQUEST_STATUSES, useClass: options.requestStatuses }],
    };
  }
}
