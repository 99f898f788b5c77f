import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by main.ts, before the modules whose allocation sites it concerns. V8's allocation-site
 * pretenuring saw a burst of feed answers (pg rows, their strings and arrays) survive one young-generation
 * GC and from then on allocated them straight in the old generation, where they died young: 4.4 MB
 * promoted per scavenge at 200 req/s, a mark-compact every 1.8 s and the slowest 1 % of requests clustered
 * around each one. Without pretenuring, open-loop p99 fell 49-55 → 25-31 ms and Node CPU per feed page by
 * 0.25 ms (bench/README.md, session 4). NODE_OPTIONS does not accept this flag, hence here.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
