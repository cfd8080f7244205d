/**
 * POST /plain/cases and POST /plain/cases/:id/route: what a team would build without event
 * sourcing. Same DTO classes (so the same validation rules and payloads) as the real
 * endpoints; one INSERT, then one SELECT and one versioned UPDATE.
 */
import {
  Body,
  CanActivate,
  ConflictException,
  Controller,
  ExecutionContext,
  HttpCode,
  Injectable,
  NotFoundException,
  Param,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RegisterCaseDto } from '../../../src/cases/register-case/register-case.dto';
import { RouteCaseDto } from '../../../src/cases/route-case/route-case.dto';
import { CaseIdParams } from '../../../src/cases/shared/case-id.params';
import { PlainCase } from './plain-case.entity';

/** A stateless bearer-token check (signature and expiry, no user lookup). */
@Injectable()
export class PlainJwtGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const header = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers.authorization;
    const token = header ? /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] : undefined;
    const claims = token ? await this.jwt.verifyAsync<{ role?: string }>(token, { algorithms: ['HS256'] }).catch(() => null) : null;
    if (!claims || claims.role !== 'operator') throw new UnauthorizedException();
    return true;
  }
}

@Controller('plain/cases')
export class PlainCasesController {
  constructor(@InjectRepository(PlainCase) private readonly cases: Repository<PlainCase>) {}

  @Post()
  @HttpCode(201)
  async register(@Body() dto: RegisterCaseDto) {
    const receivedAt = dto.receivedAt ? new Date(dto.receivedAt) : new Date();
    const inserted = await this.cases.insert({
      channel: dto.channel,
      kind: dto.kind ?? null,
      subject: dto.subject ?? null,
      description: dto.description,
      citizen: { ...dto.citizen },
      location: dto.location ?? null,
      status: 'received',
      receivedAt,
    });
    const row = inserted.generatedMaps[0] as Pick<PlainCase, 'id' | 'number' | 'version'>;
    return {
      id: row.id,
      reference: `URP-${receivedAt.getUTCFullYear()}-${String(row.number).padStart(6, '0')}`,
      revision: row.version,
    };
  }

  @Post(':id/route')
  @HttpCode(200)
  async route(@Param() { id }: CaseIdParams, @Body() dto: RouteCaseDto) {
    const existing = await this.cases.findOneBy({ id });
    if (!existing) throw new NotFoundException(`Case ${id} does not exist`);
    if (existing.status !== 'received' && existing.status !== 'routed') throw new ConflictException(`Case ${id} is ${existing.status}`);
    const updated = await this.cases
      .createQueryBuilder()
      .update(PlainCase)
      .set({ status: 'routed', sectorId: dto.sectorId, note: dto.note ?? null, routedAt: new Date() })
      .where('id = :id AND version = :version', { id, version: existing.version })
      .execute();
    if (!updated.affected) throw new ConflictException(`Case ${id} changed meanwhile`);
    return { id, revision: existing.version + 1, status: 'routed' };
  }
}
