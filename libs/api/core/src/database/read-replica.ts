import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';

/** The replica's DataSource (application role), or null when DATABASE_READ_URL is unset. */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

/**
 * Read-your-writes (docs/adr/0007-read-replicas.md): after a request commits a write, the response
 * carries the primary's WAL position in this header and cookie; a later request that sends either back
 * is served from the replica only once the replica has replayed that far.
 */
export const READ_AFTER_HEADER = 'BiblioHub-Read-After';
export const READ_AFTER_COOKIE = 'bh_read_after';
/** Far above any healthy replica lag; a replica further behind is an incident, not a normal read. */
export const READ_AFTER_MAX_AGE_SECONDS = 300;

/** A PostgreSQL LSN as text, e.g. `0/16B3748`. */
const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function parseLsn(raw: string | undefined): bigint | undefined {
  const match = raw ? LSN.exec(raw.trim()) : null;
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : undefined;
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

interface ReadConsistency {
  /** The newest write position this caller must see (given by the client or written in this request). */
  after?: bigint;
  res: Response;
  secure: boolean;
}

const readConsistency = new AsyncLocalStorage<ReadConsistency>();

/** The position reads of the current request must have replayed, if any. */
export function readAfterLsn(): string | undefined {
  const after = readConsistency.getStore()?.after;
  return after === undefined ? undefined : formatLsn(after);
}

/** Whether writes of the current transaction need a token (an HTTP request, with a replica configured). */
export function tracksWrites(): boolean {
  return readConsistency.getStore() !== undefined;
}

/**
 * Records a committed write at `lsn`: later reads of this request wait for it, and the response hands
 * it to the client (header for API clients, cookie for the browser) for its next requests.
 */
export function recordWrite(lsn: string): void {
  const state = readConsistency.getStore();
  const position = parseLsn(lsn);
  if (!state || position === undefined) return;
  if (state.after === undefined || position > state.after) state.after = position;
  const { res } = state;
  if (res.headersSent) return;
  const value = formatLsn(state.after);
  res.setHeader(READ_AFTER_HEADER, value);
  const others = ([res.getHeader('set-cookie') ?? []].flat() as string[]).filter(
    (c) => !c.startsWith(`${READ_AFTER_COOKIE}=`),
  );
  res.setHeader('Set-Cookie', [
    ...others,
    `${READ_AFTER_COOKIE}=${value}; Path=/; Max-Age=${READ_AFTER_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${state.secure ? '; Secure' : ''}`,
  ]);
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Reads the client's token into the request's context; does nothing without a replica. */
@Injectable()
export class ReadConsistencyMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.config.database.readUrl) return next();
    // The header wins: an API client states exactly what it wrote; the cookie is the browser's memory.
    const given = req.header(READ_AFTER_HEADER) ?? cookie(req.headers.cookie, READ_AFTER_COOKIE);
    readConsistency.run(
      { after: parseLsn(given), res, secure: this.config.publicUrl.startsWith('https:') },
      next,
    );
  }
}

/**
 * Errors after which a read is retried on the primary: the replica cannot be reached or is shutting
 * down (SQLSTATE class 08, 57P01–57P03), or cancelled the query for a recovery conflict (40001, 40P01
 * on a standby). Anything else (a bad query, a row-level security refusal) is the caller's error.
 */
export function replicaUnavailable(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.code ?? e?.driverError?.code ?? '';
  if (/^(08|57P0[123]|40001|40P01)/.test(code)) return true;
  if (/^E(CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|NETUNREACH|NOTFOUND|PIPE)$/.test(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Connection ended unexpectedly/i.test(
    e?.message ?? '',
  );
}

/**
 * Opens the replica pool and refuses a role that would bypass row-level security there (the replica
 * must be reached as the application role, like the primary).
 */
export async function connectReplica(replica: DataSource): Promise<void> {
  if (!replica.isInitialized) await replica.initialize();
  const [role] = await replica.query<{ unsafe: boolean }[]>(
    'SELECT rolsuper OR rolbypassrls AS unsafe FROM pg_roles WHERE rolname = current_user',
  );
  if (role?.unsafe !== false) {
    await replica.destroy();
    throw new Error(
      'DATABASE_READ_URL connects as a role with SUPERUSER or BYPASSRLS; use the application role (leave the user out of the URL)',
    );
  }
}
