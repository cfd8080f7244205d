export default async function globalTeardown(): Promise<void> {
  await globalThis.__URP_PG_CONTAINER__?.stop();
}
