/** What the rest of the application uses from the quality charter. */
export { CharterModule } from './charter.module';
export { CharterCatalog } from './charter-catalog';
export { StandardView, StandardVersionView, TargetView } from './standard-view';
export { AdoptStandardCommand } from './adopt-standard/adopt-standard.command';
export type { AdoptedStandard } from './adopt-standard/adopt-standard.command';
export { ReviseStandardCommand } from './revise-standard/revise-standard.command';
export { RetireStandardCommand } from './retire-standard/retire-standard.command';
