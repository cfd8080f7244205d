/**
 * The console's server side: the files are served by serveConsole (src/app.ts); this module
 * adds the one query the console needed that the API lacked, finding a closed case.
 */
import { Module } from '@nestjs/common';
import { CaseSearchController } from '../../projections/case-timeline/case-search.controller';

@Module({ controllers: [CaseSearchController] })
export class ConsoleModule {}
