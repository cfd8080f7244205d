import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../access/public.decorator';
import { InvalidCredentialsError, TokenIssuer } from './issue-token';
import { IssueTokenDto } from './issue-token.dto';
import { TokenResponse } from './token-response';

@ApiTags('auth')
@Controller('auth')
export class IssueTokenController {
  constructor(private readonly issuer: TokenIssuer) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for a bearer access token' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password, or a deactivated user.' })
  async issue(@Body() dto: IssueTokenDto): Promise<TokenResponse> {
    try {
      return await this.issuer.issue(dto.username, dto.password);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
