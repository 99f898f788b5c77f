import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { JobWorker, LOGGER, TenantDb } from '@bibliohub/api-core';
import { EvidenceStatus, Phase, PHASES, PhaseStatus } from '@bibliohub/contracts';
import { addDays, emptyFacts, evaluatePhases, type LibraryFacts, type PhaseCriteria } from './phase.rules.js';
import { readCriteria } from './programme-criteria.sql.js';

/** phase_status column per phase. */
export const PHASE_COLUMN: Record<Phase, 'trained' | 'present' | 'networks'> = {
  TRAINED: 'trained',
  PROFESSIONALLY_PRESENT: 'present',
  VALUE_NETWORKS: 'networks',
};

/** Why a status changed (phase_history.reason). EXPIRY: an achieved presence ran out of recent KPI measurements. */
export type DerivationReason = 'EVIDENCE' | 'REVIEW' | 'CRITERIA' | 'EXPIRY';

const SINCE_COLUMN = {
  trained: 'trained_since',
  present: 'present_since',
  networks: 'networks_since',
} as const;

export interface PhaseChange {
  tenantId: string;
  phase: Phase;
  from: PhaseStatus;
  to: PhaseStatus;
  changedAt: Date;
  reason: DerivationReason;
}

interface StoredStatus {
  tenant_id: string;
  trained: PhaseStatus;
  trained_since: Date | null;
  present: PhaseStatus;
  present_since: Date | null;
  present_valid_until: string | null;
  networks: PhaseStatus;
  networks_since: Date | null;
  pending_reviews: number;
  last_evidence_at: Date | null;
  last_used_at: Date | null;
  reach_followers: string;
  reach_interactions: string;
  reach_shares: string;
  reach_website_visits: string;
}

interface FactsRow {
  tenant_id: string;
  tr_verified: number;
  tr_verified_dv: number;
  tr_live: number;
  tr_pending: number;
  st_live: number;
  /** Only the newest version awaits review; older submitted versions are superseded. */
  st_pending: number;
  st_latest_version: number | null;
  st_latest_status: EvidenceStatus | null;
  st_latest_missing: number[] | null;
  st_latest_comment: string | null;
  st_decided_status: EvidenceStatus | null;
  st_decided_missing: number[] | null;
  po_verified: number;
  po_live: number;
  po_pending: number;
  hs_verified: number;
  hs_live: number;
  hs_pending: number;
  ch_verified: number;
  ch_live: number;
  ch_pending: number;
  kpi_live: number;
  kpi_pending: number;
  kpi_dates: string[] | null;
  nw_verified: number;
  nw_live: number;
  nw_pending: number;
  last_evidence_at: Date | null;
  last_used_at: Date | null;
  reach_followers: string | null;
  reach_interactions: string | null;
  reach_shares: string | null;
  reach_website_visits: string | null;
}

/** Counts for one evidence table: `qualifies` says which verified rows count towards the phase. */
const counts = (table: string, alias: string, qualifies = 'true') => `
  LEFT JOIN (
    SELECT tenant_id,
           count(*) FILTER (WHERE status = 'VERIFIED' AND ${qualifies})::int AS verified,
           count(*) FILTER (WHERE status <> 'REJECTED')::int AS live,
           count(*) FILTER (WHERE status = 'SUBMITTED')::int AS pending,
           max(submitted_at) AS last
      FROM ${table} WHERE tenant_id IN (SELECT tenant_id FROM lib) GROUP BY tenant_id
  ) ${alias} ON ${alias}.tenant_id = l.tenant_id`;

/**
 * Everything the criteria need, for a set of libraries ($1; NULL = every library with a phase_status
 * row) in one statement. $2: the first day of the widest KPI window.
 */
const FACTS_SQL = `
WITH lib AS (SELECT tenant_id FROM phase_status WHERE $1::uuid[] IS NULL OR tenant_id = ANY($1::uuid[]))
SELECT l.tenant_id,
       coalesce(tr.verified, 0) AS tr_verified, coalesce(tr.verified_dv, 0) AS tr_verified_dv,
       coalesce(tr.live, 0) AS tr_live, coalesce(tr.pending, 0) AS tr_pending,
       coalesce(st.live, 0) AS st_live, coalesce((sl.status = 'SUBMITTED')::int, 0) AS st_pending,
       sl.version_no AS st_latest_version, sl.status AS st_latest_status, sl.missing_steps AS st_latest_missing,
       sl.review_comment AS st_latest_comment, sd.status AS st_decided_status, sd.missing_steps AS st_decided_missing,
       coalesce(po.verified, 0) AS po_verified, coalesce(po.live, 0) AS po_live, coalesce(po.pending, 0) AS po_pending,
       coalesce(hs.verified, 0) AS hs_verified, coalesce(hs.live, 0) AS hs_live, coalesce(hs.pending, 0) AS hs_pending,
       coalesce(ch.verified, 0) AS ch_verified, coalesce(ch.live, 0) AS ch_live, coalesce(ch.pending, 0) AS ch_pending,
       coalesce(km.live, 0) AS kpi_live, coalesce(km.pending, 0) AS kpi_pending, kd.dates AS kpi_dates,
       coalesce(nw.verified, 0) AS nw_verified, coalesce(nw.live, 0) AS nw_live, coalesce(nw.pending, 0) AS nw_pending,
       greatest(tr.last, st.last, po.last, hs.last, ch.last, km.last, nw.last) AS last_evidence_at,
       (SELECT max(u.published_at) FROM usage_receipts u WHERE u.tenant_id = l.tenant_id) AS last_used_at,
       reach.followers AS reach_followers, reach.interactions AS reach_interactions,
       reach.shares AS reach_shares, reach.visits AS reach_website_visits
  FROM lib l
  LEFT JOIN (
    SELECT tenant_id,
           count(*) FILTER (WHERE status = 'VERIFIED')::int AS verified,
           count(*) FILTER (WHERE status = 'VERIFIED' AND digital_vision)::int AS verified_dv,
           count(*) FILTER (WHERE status <> 'REJECTED')::int AS live,
           count(*) FILTER (WHERE status = 'SUBMITTED')::int AS pending,
           max(submitted_at) AS last
      FROM programme_trainings WHERE tenant_id IN (SELECT tenant_id FROM lib) GROUP BY tenant_id
  ) tr ON tr.tenant_id = l.tenant_id
  ${counts('programme_strategies', 'st')}
  ${counts('programme_policies', 'po')}
  ${counts('programme_house_styles', 'hs', 'applied')}
  ${counts('programme_channels', 'ch', 'active')}
  ${counts('programme_kpi_measurements', 'km')}
  ${counts('programme_networks', 'nw', 'active')}
  LEFT JOIN LATERAL (
    SELECT s.version_no, s.status, s.missing_steps, s.review_comment FROM programme_strategies s
     WHERE s.tenant_id = l.tenant_id ORDER BY s.version_no DESC LIMIT 1
  ) sl ON true
  LEFT JOIN LATERAL (
    SELECT s.status, s.missing_steps FROM programme_strategies s
     WHERE s.tenant_id = l.tenant_id AND s.status <> 'SUBMITTED' ORDER BY s.version_no DESC LIMIT 1
  ) sd ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(m.measured_on::text ORDER BY m.measured_on DESC) AS dates
      FROM programme_kpi_measurements m JOIN programme_channels c ON c.id = m.channel_id
     WHERE m.tenant_id = l.tenant_id AND m.status = 'VERIFIED' AND c.active AND m.measured_on >= $2::date
  ) kd ON true
  LEFT JOIN LATERAL (
    SELECT sum(x.followers)::bigint AS followers, sum(x.interactions)::bigint AS interactions,
           sum(x.shares)::bigint AS shares, sum(x.website_visits)::bigint AS visits
      FROM (SELECT DISTINCT ON (m.channel_id) m.followers, m.interactions, m.shares, m.website_visits
              FROM programme_kpi_measurements m JOIN programme_channels c ON c.id = m.channel_id AND c.active
             WHERE m.tenant_id = l.tenant_id AND m.status = 'VERIFIED'
             ORDER BY m.channel_id, m.measured_on DESC) x
  ) reach ON true`;

function toFacts(r: FactsRow): LibraryFacts {
  const facts = emptyFacts(r.tenant_id);
  facts.trainings = {
    verified: r.tr_verified,
    verifiedDigitalVision: r.tr_verified_dv,
    live: r.tr_live,
    pending: r.tr_pending,
  };
  facts.strategy = {
    live: r.st_live,
    pending: r.st_pending,
    latest:
      r.st_latest_version === null
        ? null
        : {
            versionNo: r.st_latest_version,
            status: r.st_latest_status!,
            missingSteps: r.st_latest_missing ?? [],
            comment: r.st_latest_comment,
          },
    decided: r.st_decided_status
      ? { status: r.st_decided_status, missingSteps: r.st_decided_missing ?? [] }
      : null,
  };
  facts.policies = { verified: r.po_verified, live: r.po_live, pending: r.po_pending };
  facts.houseStyles = { verified: r.hs_verified, live: r.hs_live, pending: r.hs_pending };
  facts.channels = { verified: r.ch_verified, live: r.ch_live, pending: r.ch_pending };
  facts.kpi = {
    verified: r.kpi_dates?.length ?? 0,
    live: r.kpi_live,
    pending: r.kpi_pending,
    verifiedDates: r.kpi_dates ?? [],
  };
  facts.networks = { verified: r.nw_verified, live: r.nw_live, pending: r.nw_pending };
  return facts;
}

const HOUR_MS = 3_600_000;
const CACHE_REFRESH_MS = 15 * 60_000;
const ALL_LOCK = "SELECT pg_advisory_xact_lock(hashtext('programme.derive.all'))";
const startOfDayUtc = (date: string) => new Date(`${date}T00:00:00Z`);
export const todayUtc = (at: Date): string => at.toISOString().slice(0, 10);

export interface DeriveOptions {
  reason: DerivationReason;
  actorId: string | null;
  /** The moment the change takes effect (default now); demo data and imports replay older events. */
  at?: Date;
}

/**
 * Keeps `phase_status` current and appends every status change to `phase_history`. Runs inside the
 * caller's transaction (so a change and its consequences commit together) after locking the libraries'
 * status rows, so concurrent changes of one library derive one after the other, each seeing the other.
 */
@Injectable()
export class PhaseDerivationService {
  constructor(
    private readonly db: TenantDb,
    worker: JobWorker,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    worker.every('programme.sweep', HOUR_MS, () => this.sweep());
    worker.every('programme.caches', CACHE_REFRESH_MS, () => this.refreshCaches());
  }

  /** Refreshes the national caches (trend and counts) as central system work. */
  refreshCaches(): Promise<void> {
    return this.db.asCentralSystem((db) => this.refreshCachesIn(db));
  }

  /** Refreshes the national caches in the caller's (central) transaction. */
  async refreshCachesIn(db: EntityManager): Promise<void> {
    await this.refreshTrendIn(db);
    await this.foldCountsIn(db);
  }

  /**
   * Folds `phase_count_log` into `phase_counts`. The EXCLUSIVE lock lets readers through but holds new
   * log rows off until commit; readers sum both tables in one statement, so they see the log either
   * before or after the fold, never half.
   */
  private async foldCountsIn(db: EntityManager): Promise<void> {
    await db.query('LOCK TABLE phase_count_log IN EXCLUSIVE MODE');
    await db.query(
      `INSERT INTO phase_counts (province, phase, status, libraries)
       SELECT province, phase, status, sum(delta)::int FROM phase_count_log GROUP BY 1, 2, 3
       ON CONFLICT (province, phase, status) DO UPDATE SET libraries = phase_counts.libraries + EXCLUDED.libraries`,
    );
    await db.query('DELETE FROM phase_count_log');
    await db.query('DELETE FROM phase_counts WHERE libraries = 0');
  }

  /**
   * Folds the history rows written since the watermark into `phase_trend` and moves the watermark, in the
   * caller's (central) transaction. The lock waits for transactions still writing history and holds
   * new ones off until commit, so no row with an id below the watermark can appear later. SHARE ROW
   * EXCLUSIVE rather than SHARE because it also excludes itself: two refreshes at once (API replicas'
   * timers) would otherwise both fold the same rows past the old watermark and count them twice.
   */
  private async refreshTrendIn(db: EntityManager): Promise<void> {
    await db.query('LOCK TABLE phase_history IN SHARE ROW EXCLUSIVE MODE');
    await db.query(
      `WITH s AS (SELECT coalesce((SELECT history_id FROM phase_trend_state WHERE id = 1), 0) AS w)
       INSERT INTO phase_trend (granularity, bucket, phase, achieved, in_progress)
       SELECT g.granularity, date_trunc(g.unit, h.changed_at AT TIME ZONE 'UTC')::date, h.phase,
              sum((h.to_status = 'ACHIEVED')::int - (h.from_status = 'ACHIEVED')::int),
              sum((h.to_status = 'IN_PROGRESS')::int - (h.from_status = 'IN_PROGRESS')::int)
         FROM phase_history h CROSS JOIN (VALUES ('WEEK', 'week'), ('MONTH', 'month')) AS g(granularity, unit)
        WHERE h.id > (SELECT w FROM s)
        GROUP BY 1, 2, 3
       ON CONFLICT (granularity, bucket, phase) DO UPDATE
          SET achieved = phase_trend.achieved + EXCLUDED.achieved, in_progress = phase_trend.in_progress + EXCLUDED.in_progress`,
    );
    await db.query(
      `UPDATE phase_trend_state SET history_id = (SELECT coalesce(max(id), 0) FROM phase_history), refreshed_at = now()
        WHERE id = 1`,
    );
  }

  /** Reads the facts for the given libraries (null: all with a status row) without changing anything. */
  async facts(
    db: EntityManager,
    tenantIds: string[] | null,
    criteria: PhaseCriteria,
    today: string,
  ): Promise<LibraryFacts[]> {
    const rows = await db.query<FactsRow[]>(FACTS_SQL, [
      tenantIds,
      addDays(today, -criteria.presenceKpiWithinDays),
    ]);
    return rows.map(toFacts);
  }

  /** Re-derives the statuses of `tenantIds` (null: every library) and returns what changed. */
  async derive(
    db: EntityManager,
    tenantIds: string[] | null,
    options: DeriveOptions,
  ): Promise<PhaseChange[]> {
    const at = options.at ?? new Date();
    const today = todayUtc(at);
    if (tenantIds === null) await db.query(ALL_LOCK);
    await db.query(
      `INSERT INTO phase_status (tenant_id, province, active)
       SELECT id, province, active FROM tenants WHERE kind = 'LIBRARY' AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
       ON CONFLICT (tenant_id) DO NOTHING`,
      [tenantIds],
    );
    const stored = await db.query<StoredStatus[]>(
      `SELECT tenant_id, trained, trained_since, present, present_since, present_valid_until::text, networks,
              networks_since, pending_reviews, last_evidence_at, last_used_at, reach_followers, reach_interactions,
              reach_shares, reach_website_visits
         FROM phase_status WHERE $1::uuid[] IS NULL OR tenant_id = ANY($1::uuid[])
        ORDER BY tenant_id FOR UPDATE`,
      [tenantIds],
    );
    if (!stored.length) return [];
    const criteria = await readCriteria(db);
    // A new statement after the lock: sees every change committed before it.
    const facts = await db.query<FactsRow[]>(FACTS_SQL, [
      tenantIds,
      addDays(today, -criteria.presenceKpiWithinDays),
    ]);
    const byTenant = new Map(facts.map((f) => [f.tenant_id, f]));

    const changes: PhaseChange[] = [];
    const updates: StoredStatus[] = [];
    for (const old of stored) {
      const row = byTenant.get(old.tenant_id);
      if (!row) continue;
      const evaluation = evaluatePhases(toFacts(row), criteria, today);
      const next: StoredStatus = {
        ...old,
        present_valid_until: evaluation.presentValidUntil,
        pending_reviews:
          row.tr_pending +
          row.st_pending +
          row.po_pending +
          row.hs_pending +
          row.ch_pending +
          row.kpi_pending +
          row.nw_pending,
        last_evidence_at: row.last_evidence_at,
        last_used_at: row.last_used_at,
        reach_followers: row.reach_followers ?? '0',
        reach_interactions: row.reach_interactions ?? '0',
        reach_shares: row.reach_shares ?? '0',
        reach_website_visits: row.reach_website_visits ?? '0',
      };
      for (const phase of PHASES) {
        const column = PHASE_COLUMN[phase];
        const from = old[column];
        const to = evaluation.statuses[phase];
        if (from === to) continue;
        let changedAt = at;
        let reason = options.reason;
        // An achieved presence that lapsed (no recent KPI measurement) lapsed the day after its last valid day.
        if (
          phase === Phase.PROFESSIONALLY_PRESENT &&
          from === PhaseStatus.ACHIEVED &&
          old.present_valid_until &&
          old.present_valid_until < today
        ) {
          const lapsed = startOfDayUtc(addDays(old.present_valid_until, 1));
          const since = old.present_since;
          changedAt = since && since > lapsed ? since : lapsed;
          reason = 'EXPIRY';
        }
        next[column] = to;
        next[SINCE_COLUMN[column]] = changedAt;
        changes.push({ tenantId: old.tenant_id, phase, from, to, changedAt, reason });
      }
      if (changed(old, next)) updates.push(next);
    }
    if (updates.length) await this.write(db, updates);
    if (changes.length) {
      await db.query(
        `INSERT INTO phase_history (tenant_id, phase, from_status, to_status, changed_at, reason, actor_id)
         SELECT c.tenant_id, c.phase, c.from_status, c.to_status, c.changed_at, c.reason, $7
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[])
                WITH ORDINALITY AS c(tenant_id, phase, from_status, to_status, changed_at, reason, n)
          ORDER BY c.n`,
        [
          changes.map((c) => c.tenantId),
          changes.map((c) => c.phase),
          changes.map((c) => c.from),
          changes.map((c) => c.to),
          changes.map((c) => c.changedAt),
          changes.map((c) => c.reason),
          options.actorId,
        ],
      );
    }
    return changes;
  }

  private async write(db: EntityManager, rows: StoredStatus[]): Promise<void> {
    const col = <K extends keyof StoredStatus>(key: K) => rows.map((r) => r[key]);
    await db.query(
      `UPDATE phase_status ps SET
          trained = u.trained, trained_since = u.trained_since, present = u.present, present_since = u.present_since,
          present_valid_until = u.present_valid_until, networks = u.networks, networks_since = u.networks_since,
          pending_reviews = u.pending_reviews, last_evidence_at = u.last_evidence_at, last_used_at = u.last_used_at,
          reach_followers = u.reach_followers, reach_interactions = u.reach_interactions, reach_shares = u.reach_shares,
          reach_website_visits = u.reach_website_visits, derived_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::timestamptz[], $6::date[], $7::text[],
                     $8::timestamptz[], $9::int[], $10::timestamptz[], $11::timestamptz[], $12::bigint[], $13::bigint[],
                     $14::bigint[], $15::bigint[])
              AS u(tenant_id, trained, trained_since, present, present_since, present_valid_until, networks, networks_since,
                   pending_reviews, last_evidence_at, last_used_at, reach_followers, reach_interactions, reach_shares,
                   reach_website_visits)
        WHERE ps.tenant_id = u.tenant_id`,
      [
        col('tenant_id'),
        col('trained'),
        col('trained_since'),
        col('present'),
        col('present_since'),
        col('present_valid_until'),
        col('networks'),
        col('networks_since'),
        col('pending_reviews'),
        col('last_evidence_at'),
        col('last_used_at'),
        col('reach_followers'),
        col('reach_interactions'),
        col('reach_shares'),
        col('reach_website_visits'),
      ],
    );
  }

  /**
   * Hourly (and on demand): re-derives libraries whose achieved presence has run out of recent KPI
   * measurements (dated the day it lapsed), and refreshes when each library last used a post.
   */
  async sweep(now = new Date()): Promise<{ expired: number; changes: PhaseChange[] }> {
    return this.db.asCentralSystem(async (db) => {
      await db.query(ALL_LOCK);
      const due = await db.query<{ tenant_id: string }[]>(
        'SELECT tenant_id FROM phase_status WHERE present_valid_until < $1::date',
        [todayUtc(now)],
      );
      const changes = due.length
        ? await this.derive(
            db,
            due.map((d) => d.tenant_id),
            { reason: 'EXPIRY', actorId: null, at: now },
          )
        : [];
      await db.query(
        `INSERT INTO phase_status (tenant_id, province, active, last_used_at)
         SELECT u.tenant_id, t.province, t.active, max(u.published_at) FROM usage_receipts u
           JOIN tenants t ON t.id = u.tenant_id AND t.kind = 'LIBRARY'
          GROUP BY u.tenant_id, t.province, t.active
         ON CONFLICT (tenant_id) DO UPDATE SET last_used_at = EXCLUDED.last_used_at
          WHERE phase_status.last_used_at IS DISTINCT FROM EXCLUDED.last_used_at`,
      );
      if (changes.length)
        this.logger.info({ changes: changes.length }, 'programme: expired presence re-derived');
      return { expired: due.length, changes };
    });
  }
}

function changed(a: StoredStatus, b: StoredStatus): boolean {
  const time = (d: Date | null) => (d ? new Date(d).getTime() : null);
  return (
    a.trained !== b.trained ||
    a.present !== b.present ||
    a.networks !== b.networks ||
    a.present_valid_until !== b.present_valid_until ||
    a.pending_reviews !== b.pending_reviews ||
    time(a.last_evidence_at) !== time(b.last_evidence_at) ||
    time(a.last_used_at) !== time(b.last_used_at) ||
    String(a.reach_followers) !== String(b.reach_followers) ||
    String(a.reach_interactions) !== String(b.reach_interactions) ||
    String(a.reach_shares) !== String(b.reach_shares) ||
    String(a.reach_website_visits) !== String(b.reach_website_visits)
  );
}
