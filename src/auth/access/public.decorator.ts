import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:isPublic';

/** Opens a route to anonymous callers (token issue, health, the citizens' portal). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
