import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
const secret = 'a-secret-of-sufficient-length-123';
const byString = new JwtService({ secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
const key = createSecretKey(Buffer.from(secret));
const byKey = new JwtService({ secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
const token = byString.sign({ sub: 'u', ver: 1 });
for (const [name, svc] of [['string secret', byString], ['key object', byKey]] as const) {
  for (let i = 0; i < 2000; i++) svc.verify(token);
  const n = 20000; const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) svc.verify(token);
  console.log(name, (Number(process.hrtime.bigint() - t) / n / 1000).toFixed(1), 'µs/verify');
}
