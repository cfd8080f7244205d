/**
 * Tamper evidence for the event log: the chain's registration with the log runner
 * (HashChainFollower, listed by the composition root, run wherever the runner runs: URP_MODE
 * 'all' and 'projections') and the auditors' endpoints, served in every mode.
 */
import { Module } from '@nestjs/common';
import { HashChainController } from './hash-chain.controller';
import { HashChainFollower } from './hash-chain-follower';

@Module({
  controllers: [HashChainController],
  providers: [HashChainFollower],
  exports: [HashChainFollower],
})
export class HashChainModule {}
