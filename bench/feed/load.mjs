// Load generator of bench/feed (autocannon is not a dependency): node:http with keep-alive agents.
// - closed loop: N connections, each sends its next request when the previous answer arrived;
// - open loop: a fixed offered rate; latency is measured from the *scheduled* send time, so a stalled
//   server is not flattered by the generator waiting for it (no coordinated omission).
// The request mix is the same for every server: GraphQL `feed(first: 20)` with a random library's real
// API key, varied filters (default subscription, themeIds, a channel) and 1-4 pages following endCursor.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export const FEED_QUERY = `query Feed($first: Int!, $after: String, $themeIds: [ID!], $channel: Channel) {
  feed(first: $first, after: $after, themeIds: $themeIds, channel: $channel) {
    nodes {
      id title body publishedAt availableUntil updatedAt version tags targetGroups goal language attribution
      theme { id kind name slug colour }
      variants { channel text hashtags link callToAction length maxLength }
    }
    pageInfo { hasNextPage endCursor }
    syncCursor
  }
}`;

const CHANNELS = ['FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'GENERIC'];

/** Small deterministic PRNG (mulberry32), so both servers get the same mix. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A session: one library reading 1-4 pages of one filter. */
export function sessionFactory({ keys, themeIds, seed }) {
  const rand = prng(seed);
  const int = (n) => Math.floor(rand() * n);
  return () => {
    const key = keys[int(keys.length)];
    const variables = { first: 20 };
    const f = rand();
    if (f < 0.25) {
      const n = 1 + int(3);
      variables.themeIds = [...new Set(Array.from({ length: n }, () => themeIds[int(themeIds.length)]))];
    } else if (f < 0.35) {
      variables.channel = CHANNELS[int(CHANNELS.length)];
    }
    return { auth: `Bearer ${key.key}`, variables, pagesLeft: 1 + int(4) };
  };
}

export function bodyFor(session) {
  return JSON.stringify({ query: FEED_QUERY, variables: session.variables });
}

/** One POST; resolves with status and body text (never rejects). */
export function send(agent, port, session, timeoutMs = 30_000) {
  return new Promise((resolve) => {
    const payload = bodyFor(session);
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: session.auth,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (e) => resolve({ status: 0, body: String(e) }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
    req.end(payload);
  });
}

const END_CURSOR = /"endCursor":"([^"]+)"/;

/** Checks an answer and advances the session; returns whether the answer was good. */
function consume(session, res, stats) {
  const ok = res.status === 200 && res.body.startsWith('{"data":{"feed":') && !res.body.includes('"errors"');
  if (!ok) {
    stats.errors++;
    if (stats.sampleErrors.length < 3) stats.sampleErrors.push(`${res.status} ${res.body.slice(0, 300)}`);
    session.pagesLeft = 0;
    return false;
  }
  stats.bytes += res.body.length;
  if (res.body.includes('{{')) stats.rawPlaceholders++;
  session.pagesLeft--;
  const cursor = res.body.includes('"hasNextPage":true') ? END_CURSOR.exec(res.body)?.[1] : undefined;
  if (session.pagesLeft > 0 && cursor) {
    session.variables = { ...session.variables, after: cursor };
    stats.followUps++;
  } else session.pagesLeft = 0;
  return true;
}

const newStats = () => ({
  latencies: [],
  errors: 0,
  sampleErrors: [],
  bytes: 0,
  rawPlaceholders: 0,
  followUps: 0,
});

/** Closed loop: `connections` workers for `seconds`. */
export async function closedLoop({ port, connections, seconds, nextSession }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const stats = newStats();
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    let session = nextSession();
    while (performance.now() < end) {
      if (session.pagesLeft <= 0) session = nextSession();
      const t0 = performance.now();
      const res = await send(agent, port, session);
      const t1 = performance.now();
      if (t1 > end) break; // only answers inside the window count
      stats.latencies.push(t1 - t0);
      consume(session, res, stats);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (Math.min(performance.now(), end) - started) / 1000;
  agent.destroy();
  return summarise(stats, elapsed);
}

/** Open loop: `rate` requests per second for `seconds`, latency from the scheduled send time. */
export async function openLoop({ port, rate, seconds, nextSession, drainSeconds = 20 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024, maxFreeSockets: 256 });
  const stats = newStats();
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const ready = []; // sessions whose next page may be requested
  const inflight = new Map(); // promise -> scheduled send time
  let sent = 0;
  let lastAnswer = 0;
  let closed = false;
  const started = performance.now() + 5;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && started + sent * interval <= now) {
        const scheduled = started + sent * interval;
        sent++;
        const session = ready.shift() ?? nextSession();
        const p = send(agent, port, session, (drainSeconds + seconds) * 1000).then((res) => {
          if (closed) return;
          lastAnswer = performance.now();
          stats.latencies.push(lastAnswer - scheduled);
          if (consume(session, res, stats) && session.pagesLeft > 0) ready.push(session);
          inflight.delete(p);
        });
        inflight.set(p, scheduled);
      }
      if (sent < total)
        setTimeout(tick, Math.max(0, Math.min(interval, started + sent * interval - performance.now())));
      else resolve();
    };
    tick();
  });
  const drainEnd = performance.now() + drainSeconds * 1000;
  while (inflight.size && performance.now() < drainEnd)
    await Promise.race([...inflight.keys(), new Promise((r) => setTimeout(r, 100))]);
  closed = true;
  const unanswered = inflight.size;
  // An answer that never came counts at the drain limit: it can only make the percentiles worse.
  for (const scheduled of inflight.values()) stats.latencies.push(drainEnd - scheduled);
  stats.errors += unanswered;
  const elapsed = (Math.max(lastAnswer, started + seconds * 1000) - started) / 1000;
  agent.destroy();
  return { ...summarise(stats, elapsed), offered: rate, sent, unanswered };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(stats, elapsed) {
  const sorted = Float64Array.from(stats.latencies).sort();
  const ok = stats.latencies.length - stats.errors;
  return {
    requests: stats.latencies.length,
    ok,
    errors: stats.errors,
    sampleErrors: stats.sampleErrors,
    rawPlaceholders: stats.rawPlaceholders,
    followUps: stats.followUps,
    seconds: elapsed,
    rps: ok / elapsed,
    mbPerSec: stats.bytes / elapsed / 1e6,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}
