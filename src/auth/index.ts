/** What the rest of the application uses from auth. */
export { AuthModule } from './auth.module';
export { AUTH_OPTIONS } from './auth-options';
export type { AuthOptions } from './auth-options';
export { AuthGuard } from './access/auth.guard';
export { Public } from './access/public.decorator';
export { Roles } from './access/roles.decorator';
export { CurrentUser } from './access/current-user.decorator';
export type { AuthenticatedUser } from './authenticated-user';
export { ROLES, isRole } from './roles';
export type { Role } from './roles';
export { ensureDemoUsers, DEMO_PASSWORD } from './demo/ensure-demo-users';
export type { UserStoreDeps } from './users/user-store-deps';
export type { DemoUser } from './demo/ensure-demo-users';
