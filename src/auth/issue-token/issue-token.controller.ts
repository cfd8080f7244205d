import { Body, Controller, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { clientAddress, withRetryAfter } from '../../http/rate-limit.guard';
import { RateLimiter } from '../../http/rate-limits';
import { Public } from '../access/public.decorator';
import { InvalidCredentialsError, TokenIssuer } from './issue-token';
import { IssueTokenDto } from './issue-token.dto';
import { TokenResponse } from './token-response';

@ApiTags('auth')
@Controller('auth')
export class IssueTokenController {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly limiter: RateLimiter,
  ) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for a bearer access token' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password, or a deactivated user.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins for the username or from the address (see Retry-After).' })
  async issue(
    @Body() dto: IssueTokenDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    const address = clientAddress(request);
    // Checked before the password, so a locked-out username answers 429 even to the right one.
    await withRetryAfter(response, () => this.limiter.assertLoginAllowed(dto.username, address));
    try {
      return await this.issuer.issue(dto.username, dto.password);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        await this.limiter.recordLoginFailure(dto.username, address);
        throw new UnauthorizedException(error.message);
      }
      throw error;
    }
  }
}
