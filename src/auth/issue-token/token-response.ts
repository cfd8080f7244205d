import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../users/user-view';

export class TokenResponse {
  @ApiProperty({ description: 'Signed JWT (HS256): send it as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires.', example: 28800 })
  expiresIn: number;

  @ApiProperty({ type: UserView })
  user: UserView;
}
