export default async function globalTeardown() {
  await globalThis.__BIBLIOHUB_TEST_INFRA__?.stop();
}
