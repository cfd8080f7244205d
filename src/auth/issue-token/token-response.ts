import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../users/user-view';

export class TokenResponse {
  /** Signed JWT (HS256): send it as `Authorization: Bearer <token>`. */
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  /** Seconds until the token expires. */
  @ApiProperty({ example: 28800 })
  expiresIn: number;

  user: UserView;
}
