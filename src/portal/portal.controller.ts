import { Controller, Get, Header, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth';
import { caseAreaPage } from './pages/case-area.page';
import { faqPage } from './pages/faq.page';
import { homePage } from './pages/home.page';
import { privacyPage } from './pages/privacy-notice';
import { requestFormPage } from './pages/request-form.page';
import { PORTAL_SETTINGS, type PortalSettings } from './portal-settings';
import { CategoryList } from '../categories/list-categories/category-list';
import { categoryLabels, portalCategoryGroups } from './portal-categories';

/**
 * The files the pages load. The build copies src/portal/static next to the compiled code
 * (nest-cli.json assets); run from the sources (tests, ts-node) they are read in place.
 */
const STATIC_FOLDER = [join(__dirname, 'static'), join(__dirname, '..', '..', '..', 'src', 'portal', 'static')].find((folder) =>
  existsSync(folder),
);
const STATIC_FILES = new Set(['portal.css', 'request-form.js', 'place-map.js', 'case-area.js', 'faq.js', 'portal-common.js']);

const HTML = 'text/html; charset=utf-8';

/** The citizens' portal (Italian, public): pages rendered here, data from the public API. */
@ApiExcludeController()
@Public()
@Controller('portale')
export class PortalController {
  constructor(
    @Inject(PORTAL_SETTINGS) private readonly settings: PortalSettings,
    private readonly categories: CategoryList,
  ) {}

  @Get()
  @Header('content-type', HTML)
  home(): string {
    return homePage(this.settings);
  }

  @Get('segnalazione')
  @Header('content-type', HTML)
  async report(): Promise<string> {
    return requestFormPage(this.settings, 'disservizio', portalCategoryGroups(await this.categories.list()));
  }

  @Get('assistenza')
  @Header('content-type', HTML)
  async assistance(): Promise<string> {
    return requestFormPage(this.settings, 'assistenza', portalCategoryGroups(await this.categories.list()));
  }

  @Get('pratica')
  @Header('content-type', HTML)
  async caseArea(@Query('riferimento') reference?: string): Promise<string> {
    const labels = categoryLabels(await this.categories.list({ includeRetired: true }));
    return caseAreaPage(this.settings, typeof reference === 'string' ? reference.slice(0, 40) : undefined, labels);
  }

  @Get('faq')
  @Header('content-type', HTML)
  faq(@Query('q') query?: string): string {
    return faqPage(this.settings, typeof query === 'string' ? query.slice(0, 200) : undefined);
  }

  @Get('privacy')
  @Header('content-type', HTML)
  privacy(): string {
    return privacyPage(this.settings);
  }

  @Get('static/:file')
  asset(@Param('file') file: string, @Res() response: Response): void {
    if (!STATIC_FOLDER || !STATIC_FILES.has(file)) throw new NotFoundException();
    response.sendFile(join(STATIC_FOLDER, file), { maxAge: 3_600_000 });
  }
}
