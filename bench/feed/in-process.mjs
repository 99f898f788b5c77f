// Where does the framework's time go? The same request mix without HTTP, inside this process:
//  - raw:     the baseline's path (auth_api_key + one transaction with FEED_SQL, simple rendering);
//  - service: ApiKeyService.verify + FeedService.feed from the built Nest application context
//             (TenantDb transaction through TypeORM, toItem rendering), no HTTP, no GraphQL.
// CPU per call is this process's CPU (process.cpuUsage); PostgreSQL runs elsewhere. Comparing
// `service` with `raw` isolates TypeORM + service code; comparing the API's CPU per HTTP request with
// `service` isolates Express + Nest + Apollo/GraphQL + guards/pipes.
import { performance } from 'node:perf_hooks';
import { createPool, createRawFeed } from './raw-feed.mjs';
import { sessionFactory } from './load.mjs';

async function loop({ concurrency, seconds, nextSession, call }) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    let s = nextSession();
    while (performance.now() < end) {
      if (s.pagesLeft <= 0) s = nextSession();
      const t0 = performance.now();
      try {
        const page = await call(s);
        latencies.push(performance.now() - t0);
        s.pagesLeft--;
        if (page.pageInfo.hasNextPage && s.pagesLeft > 0)
          s.variables = { ...s.variables, after: page.pageInfo.endCursor };
        else s.pagesLeft = 0;
      } catch (error) {
        errors++;
        firstError ??= error;
        s.pagesLeft = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return {
    calls: latencies.length,
    errors,
    firstError: firstError && String(firstError.message ?? firstError).slice(0, 200),
    perSecond: latencies.length / elapsed,
    cpuMsPerCall: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length),
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? NaN,
    p99: latencies[Math.ceil(latencies.length * 0.99) - 1] ?? NaN,
  };
}

/**
 * `env`: the API's environment (DATABASE_URL of the owner, secrets, S3); `appUrl`: the application
 * role's URL for the raw path; `beforeEach`: resets state (API keys' last use) before each measurement.
 */
export async function inProcess({
  root,
  env,
  appUrl,
  pool,
  keys,
  themeIds,
  seconds,
  concurrency,
  seed,
  beforeEach,
  log,
}) {
  Object.assign(process.env, env);
  await import('reflect-metadata');
  const { prepare } = await import(`${root}apps/api/dist/bootstrap.js`);
  const { AppModule } = await import(`${root}apps/api/dist/app.module.js`);
  const { NestFactory } = await import('@nestjs/core');
  const { FeedService } = await import('@bibliohub/api-feed');
  const { ApiKeyService } = await import('@bibliohub/api-identity');
  const prepared = await prepare({ quiet: true });
  const app = await NestFactory.createApplicationContext(
    AppModule.register(prepared.config, prepared.logger),
    {
      logger: false,
    },
  );
  const rawPool = createPool(appUrl, pool);
  const raw = createRawFeed(rawPool);
  try {
    const feedService = app.get(FeedService);
    const apiKeys = app.get(ApiKeyService);
    const paths = {
      raw: async (s) => {
        const key = await raw.authenticate(s.auth);
        const page = await raw.feed(key.tenant_id, s.variables);
        JSON.stringify(page);
        return page;
      },
      service: async (s) => {
        const actor = await apiKeys.verify(s.auth.slice('Bearer '.length));
        const { first, after, themeIds: ids, channel } = s.variables;
        const page = await feedService.feed(actor, { first, after, themeIds: ids, channel });
        JSON.stringify(page);
        return page;
      },
    };
    const out = {};
    for (const [name, call] of Object.entries(paths)) {
      await loop({
        concurrency,
        seconds: 2,
        nextSession: sessionFactory({ keys, themeIds, seed: seed + 5 }),
        call,
      });
      await beforeEach();
      out[name] = await loop({
        concurrency,
        seconds,
        nextSession: sessionFactory({ keys, themeIds, seed: seed + 6 }),
        call,
      });
      const r = out[name];
      log(
        `  in-process ${name.padEnd(7)} ${r.perSecond.toFixed(0).padStart(5)} calls/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ` +
          `CPU of this process ${r.cpuMsPerCall.toFixed(2)} ms/call  errors ${r.errors}${r.firstError ? ` (${r.firstError})` : ''}`,
      );
    }
    return out;
  } finally {
    await rawPool.end();
    await app.close();
    await prepared.infra.stop();
  }
}
