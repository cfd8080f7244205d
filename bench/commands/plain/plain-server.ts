/**
 * Child process of bench/commands: the plain baseline, a tiny NestJS + TypeORM app with one
 * entity, on the fresh database named by DATABASE_URL (schema by synchronize), with the
 * system's validation pipe, listening on 127.0.0.1 on a free port. Tells the parent its port
 * and a bearer token over IPC.
 */
import 'reflect-metadata';
import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createValidationPipe } from '../../../src/http/validation';
import { ITALY } from '../../../src/place/service-area';
import { PlainCase } from './plain-case.entity';
import { PlainCasesController, PlainJwtGuard } from './plain-cases.controller';

const SECRET = 'bench-plain-jwt-secret-0123456789';
/**
 * As a team would write it, @nestjs/jwt gets the secret as a string, and jsonwebtoken turns it
 * into a key object on every verification (createPublicKey: about 30% of this server's CPU
 * under load). PLAIN_JWT_KEY_OBJECT=1 gives it the key object made once, as the system does.
 */
const KEY = createSecretKey(Buffer.from(SECRET, 'utf8'));
const JWT_SECRET = process.env.PLAIN_JWT_KEY_OBJECT === '1' ? { secretOrKeyProvider: () => KEY } : { secret: SECRET };

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [PlainCase],
      synchronize: true,
      // The event-sourced system's read-model pool has 10 connections too.
      extra: { max: 10 },
      logging: false,
    }),
    TypeOrmModule.forFeature([PlainCase]),
    JwtModule.register({ ...JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: 3600 } }),
  ],
  controllers: [PlainCasesController],
  providers: [{ provide: APP_GUARD, useClass: PlainJwtGuard }],
})
class PlainModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(PlainModule, { logger: ['error', 'warn'], abortOnError: false });
  app.useGlobalPipes(createValidationPipe({ serviceArea: ITALY }));
  await app.listen(0, '127.0.0.1');
  const token = await app.get(JwtService).signAsync({ sub: 'bench-operator', role: 'operator' });
  const address = app.getHttpServer().address() as { port: number };
  const stop = () => app.close().then(() => process.exit(0), () => process.exit(1));
  process.on('message', (message) => {
    if (message === 'stop') void stop();
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() });
  });
  process.on('disconnect', () => void stop());
  process.send!({ port: address.port, token });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
