export default async function globalTeardown(): Promise<void> {
  await globalThis.__URP_PG_CONTAINER__?.stop();
  await globalThis.__URP_EMBEDDED_PG__?.stop();
}
