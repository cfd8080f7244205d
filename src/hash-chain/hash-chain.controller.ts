import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../auth';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ChainHeadView, ChainVerificationView, toChainHeadView, toChainVerificationView } from './chain-views';
import { dataSourceChainDb } from './chain-db';
import { readChainHead } from './chain-table';
import { verifyChain } from './verify-chain';
import { VerifyChainQuery } from './verify-chain.query';

@ApiTags('audit')
@Controller('audit/chain')
@Roles('auditor', 'admin')
export class HashChainController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  @Get('head')
  @ApiOperation({ summary: 'The last link of the hash chain: the value an office publishes (e.g. in its yearly report)' })
  @ApiOkResponse({ type: ChainHeadView })
  async head(): Promise<ChainHeadView> {
    return toChainHeadView(await readChainHead(dataSourceChainDb(this.dataSource)));
  }

  /** Walks the whole store: seconds for an office's volume, so it is served synchronously. */
  @Get('verification')
  @ApiOperation({ summary: 'Recompute the whole hash chain from the stored events and name the first event that does not match' })
  @ApiOkResponse({ type: ChainVerificationView })
  async verification(@Query() query: VerifyChainQuery): Promise<ChainVerificationView> {
    const verification = await verifyChain(this.store, dataSourceChainDb(this.dataSource), {
      publishedHead: publishedHeadOf(query),
    });
    return toChainVerificationView(verification);
  }
}

function publishedHeadOf(query: VerifyChainQuery): { sequence: number; hash: string } | undefined {
  const { publishedSequence: sequence, publishedHash: hash } = query;
  if (sequence === undefined && hash === undefined) return undefined;
  if (sequence === undefined || hash === undefined) {
    throw new BadRequestException('publishedSequence and publishedHash go together');
  }
  return { sequence, hash };
}
