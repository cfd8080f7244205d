import { Injectable } from '@nestjs/common';
import type { CategoryView } from '../categories/category-view';
import { CategoryList } from '../categories/list-categories/category-list';
import { categoryGroup } from '../portal/portal-categories';

/** A GeoReport v2 service: one category of the catalogue that takes reports. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

/**
 * Open311 is about issues to fix: its services are the catalogue's categories in force
 * today that take a report (segnalazione), and a request becomes a report.
 */
@Injectable()
export class Open311Services {
  constructor(private readonly categories: CategoryList) {}

  async list(): Promise<Open311Service[]> {
    return (await this.categories.list({ kind: 'report' })).map(toService);
  }

  async find(code: string): Promise<Open311Service | null> {
    return (await this.list()).find((service) => service.service_code === code) ?? null;
  }
}

function toService(category: CategoryView): Open311Service {
  const office = category.defaultSectorName ?? "l'Ufficio Relazioni con il Pubblico";
  return {
    service_code: category.code,
    service_name: category.label,
    description: `${category.label}: segnalazioni seguite da ${office}.`,
    // No extra attributes: the request's own fields say everything a category needs.
    metadata: false,
    type: 'realtime',
    keywords: category.code.split(/[/_-]/).join(', '),
    group: categoryGroup(category.code),
  };
}
