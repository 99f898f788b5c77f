import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  decodeCursor,
  encodeCursor,
  isCentral,
  isUuid,
  TenantDb,
  type Actor,
  type Page,
} from '@bibliohub/api-core';
import {
  Phase,
  PHASE_LABELS,
  PHASES,
  PhaseStatus,
  Province,
  PROVINCE_LABELS,
  type Channel,
} from '@bibliohub/contracts';
import type {
  DashboardArgs,
  DashboardType,
  LibraryFilterArgs,
  LibraryProgrammeType,
  NetworkFiguresArgs,
  NetworkFiguresType,
  PhaseChangeType,
  PhaseCountType,
  ProgrammeLibraryType,
  ProvinceSummaryType,
  SnapshotType,
} from './dto/dashboard.type.js';
import { ProgrammeLibrarySort } from './dto/dashboard.type.js';
import type { PeriodType } from './dto/settings.type.js';
import { resolveLibrary } from './evidence.service.js';
import {
  buildTrend,
  DAYS_PER_MONTH,
  describeForecast,
  forecast,
  TrendGranularity,
  type BucketDelta,
} from './forecast.js';
import { PHASE_COLUMN, PhaseDerivationService, todayUtc } from './phase-derivation.service.js';
import { emptyFacts, evaluatePhases } from './phase.rules.js';
import { readCriteria } from './programme-criteria.sql.js';
import { selectPeriod } from './programme-settings.service.js';

const TARGET: Record<Phase, keyof PeriodType> = {
  TRAINED: 'targetTrained',
  PROFESSIONALLY_PRESENT: 'targetPresent',
  VALUE_NETWORKS: 'targetNetworks',
};

interface CountRow {
  province: Province | null;
  phase: Phase;
  status: PhaseStatus;
  libraries: number;
}

interface ProvinceCounts {
  province: Province | null;
  libraries: number;
  counts: Record<Phase, Record<PhaseStatus, number>>;
}

/** The count rows per province; a province's libraries are counted once per phase (all statuses). */
function byProvince(rows: CountRow[]): ProvinceCounts[] {
  const map = new Map<string, ProvinceCounts>();
  const zero = () => ({ NOT_STARTED: 0, IN_PROGRESS: 0, ACHIEVED: 0 });
  for (const r of rows) {
    const key = r.province ?? '';
    const entry = map.get(key) ?? {
      province: r.province,
      libraries: 0,
      counts: { TRAINED: zero(), PROFESSIONALLY_PRESENT: zero(), VALUE_NETWORKS: zero() },
    };
    entry.counts[r.phase][r.status] += r.libraries;
    if (r.phase === Phase.TRAINED) entry.libraries += r.libraries;
    map.set(key, entry);
  }
  return [...map.values()].filter((p) => p.libraries > 0);
}

interface DeltaRow extends BucketDelta {
  phase: Phase;
}

interface LibraryRow {
  tenantId: string;
  name: string;
  province: Province | null;
  city: string | null;
  trained: PhaseStatus;
  trainedSince: Date | null;
  present: PhaseStatus;
  presentSince: Date | null;
  networks: PhaseStatus;
  networksSince: Date | null;
  pendingReviews: number;
  lastEvidenceAt: Date | null;
  lastPostUsedAt: Date | null;
  lastActivityAt: Date | null;
  k: string | number;
  n: string;
}

/**
 * Active libraries per province, phase and status: the folded `phase_counts` plus the log rows not
 * folded yet, in one statement (one snapshot).
 */
const COUNTS_SQL = `
SELECT nullif(province, '') AS province, phase, status, sum(n)::int AS libraries
  FROM (SELECT province, phase, status, libraries AS n FROM phase_counts
        UNION ALL
        SELECT province, phase, status, delta FROM phase_count_log) c
 GROUP BY 1, 2, 3`;

/**
 * Net change per phase and week/month of active libraries, in one statement (one snapshot): the
 * precomputed `phase_trend` up to its watermark, plus the history rows written since, minus the cached
 * rows of libraries deactivated since. $1: WEEK or MONTH; $2: the date_trunc unit.
 */
const DELTAS_SQL = `
WITH s AS (SELECT coalesce((SELECT history_id FROM phase_trend_state WHERE id = 1), 0) AS w)
SELECT phase, to_char(bucket, 'YYYY-MM-DD') AS bucket, sum(achieved)::int AS achieved, sum(in_progress)::int AS "inProgress"
  FROM (
    SELECT phase, bucket, achieved, in_progress FROM phase_trend WHERE granularity = $1
    UNION ALL
    SELECT h.phase, date_trunc($2, h.changed_at AT TIME ZONE 'UTC')::date,
           (h.to_status = 'ACHIEVED')::int - (h.from_status = 'ACHIEVED')::int,
           (h.to_status = 'IN_PROGRESS')::int - (h.from_status = 'IN_PROGRESS')::int
      FROM phase_history h JOIN phase_status ps ON ps.tenant_id = h.tenant_id AND ps.active
     WHERE h.id > (SELECT w FROM s)
    UNION ALL
    SELECT h.phase, date_trunc($2, h.changed_at AT TIME ZONE 'UTC')::date,
           (h.from_status = 'ACHIEVED')::int - (h.to_status = 'ACHIEVED')::int,
           (h.from_status = 'IN_PROGRESS')::int - (h.to_status = 'IN_PROGRESS')::int
      FROM phase_status ps JOIN phase_history h ON h.tenant_id = ps.tenant_id
     WHERE NOT ps.active AND h.id <= (SELECT w FROM s)
  ) d
 GROUP BY 1, 2`;

const LAST_ACTIVITY = 'greatest(ps.last_evidence_at, ps.last_used_at)';
const STATUS_RANK = (column: string) =>
  `CASE coalesce(ps.${column}, 'NOT_STARTED') WHEN 'ACHIEVED' THEN 2 WHEN 'IN_PROGRESS' THEN 1 ELSE 0 END`;

/** Sort key per column, with its SQL type (for the keyset comparison). */
const SORT_KEY: Record<ProgrammeLibrarySort, { sql: string; type: 'text' | 'bigint' }> = {
  NAME: { sql: 'lower(t.name)', type: 'text' },
  PROVINCE: { sql: "coalesce(t.province, '')", type: 'text' },
  TRAINED: { sql: STATUS_RANK('trained'), type: 'bigint' },
  PROFESSIONALLY_PRESENT: { sql: STATUS_RANK('present'), type: 'bigint' },
  VALUE_NETWORKS: { sql: STATUS_RANK('networks'), type: 'bigint' },
  LAST_ACTIVITY: {
    sql: `coalesce(floor(extract(epoch FROM ${LAST_ACTIVITY}) * 1000), 0)::bigint`,
    type: 'bigint',
  },
  PENDING_REVIEWS: { sql: 'coalesce(ps.pending_reviews, 0)', type: 'bigint' },
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The national dashboard, read from the precomputed phase_status (counts, provinces, table) and
 * phase_history (trend, forecast, snapshots); a library's own progress with what is still missing.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: TenantDb,
    private readonly derivation: PhaseDerivationService,
  ) {}

  dashboard(actor: Actor, args: DashboardArgs, asOf = new Date()): Promise<DashboardType> {
    return this.db.read(actor, async (db) => {
      const period = await selectPeriod(db, args.periodId, todayUtc(asOf));
      const provinces = byProvince(await db.query<CountRow[]>(COUNTS_SQL));
      const unit = args.granularity === TrendGranularity.WEEK ? 'week' : 'month';
      const deltas = await db.query<DeltaRow[]>(DELTAS_SQL, [args.granularity, unit]);

      const libraryCount = provinces.reduce((s, p) => s + p.libraries, 0);
      const phases = PHASES.map((phase) => {
        const achieved = provinces.reduce((s, p) => s + p.counts[phase].ACHIEVED, 0);
        const inProgress = provinces.reduce((s, p) => s + p.counts[phase].IN_PROGRESS, 0);
        const target = period[TARGET[phase]] as number;
        const trend = buildTrend(
          deltas.filter((d) => d.phase === phase),
          args.granularity,
          Math.max(args.periods, args.forecastPeriods + 1),
          asOf,
        ).map((p) => ({ ...p, notStarted: libraryCount - p.achieved - p.inProgress }));
        const recent = trend.slice(-(args.forecastPeriods + 1));
        const f = forecast({
          points: recent.map((p) => ({ at: p.at, value: p.achieved })),
          current: achieved,
          target,
          targetDate: period.targetDate,
          asOf,
        });
        const perPeriod = args.granularity === TrendGranularity.WEEK ? 7 : DAYS_PER_MONTH;
        return {
          phase,
          label: PHASE_LABELS[phase],
          target,
          achieved,
          inProgress,
          notStarted: libraryCount - achieved - inProgress,
          percentOfTarget: target > 0 ? round1((achieved / target) * 100) : 0,
          trend: trend.slice(-args.periods),
          forecast: {
            pacePerPeriod: f.pacePerDay === null ? null : round2(f.pacePerDay * perPeriod),
            requiredPacePerMonth:
              f.requiredPacePerDay === null ? null : round2(f.requiredPacePerDay * DAYS_PER_MONTH),
            forecastDate: f.forecastDate,
            reached: f.reached,
            willMeetTarget: f.willMeetTarget,
            pointsUsed: f.pointsUsed,
            summary: describeForecast(f, target, period.targetDate),
          },
        };
      });
      return {
        period,
        asOf,
        granularity: args.granularity,
        libraryCount,
        phases,
        provinces: provinces
          .map((p): ProvinceSummaryType => ({
            province: p.province,
            label: p.province ? PROVINCE_LABELS[p.province] : 'Onbekend',
            libraryCount: p.libraries,
            phases: PHASES.map((phase) => ({
              phase,
              achieved: p.counts[phase].ACHIEVED,
              inProgress: p.counts[phase].IN_PROGRESS,
              notStarted: p.counts[phase].NOT_STARTED,
            })),
          }))
          .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
      };
    });
  }

  /** The table of libraries: filtered, sorted, keyset-paginated (cursor = sort key, name, id). */
  async libraries(
    actor: Actor,
    args: LibraryFilterArgs & { first: number; after?: string | null },
  ): Promise<Page<ProgrammeLibraryType>> {
    const cursor = decodeCursor(args.after, 3);
    return this.db.read(actor, async (db) => {
      const rows = await this.libraryRows(db, args, { first: args.first, cursor });
      const nodes = rows.slice(0, args.first);
      const last = nodes[nodes.length - 1];
      return {
        nodes: nodes.map(toLibrary),
        pageInfo: {
          hasNextPage: rows.length > args.first,
          endCursor: last ? encodeCursor([last.k, last.n, last.tenantId]) : null,
        },
      };
    });
  }

  /** Every library matching the filter, in table order (for the CSV export). */
  allLibraries(actor: Actor, args: LibraryFilterArgs): Promise<ProgrammeLibraryType[]> {
    return this.db.read(actor, async (db) => (await this.libraryRows(db, args, {})).map(toLibrary));
  }

  private libraryRows(
    db: EntityManager,
    args: LibraryFilterArgs,
    page: { first?: number; cursor?: (string | number)[] },
  ): Promise<LibraryRow[]> {
    const key = SORT_KEY[args.sort];
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = [`t.kind = 'LIBRARY'`, 't.active'];
    if (args.province) where.push(`t.province = ${bind(args.province)}`);
    if (args.phase && args.status)
      where.push(`coalesce(ps.${PHASE_COLUMN[args.phase]}, 'NOT_STARTED') = ${bind(args.status)}`);
    else if (args.status)
      where.push(
        `${bind(args.status)} IN (coalesce(ps.trained, 'NOT_STARTED'), coalesce(ps.present, 'NOT_STARTED'), coalesce(ps.networks, 'NOT_STARTED'))`,
      );
    const search = args.search?.trim();
    if (search) {
      const like = bind(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        `(t.name ILIKE ${like} OR coalesce(t.display_name, '') ILIKE ${like} OR coalesce(t.city, '') ILIKE ${like})`,
      );
    }
    if (args.inactiveDays)
      where.push(
        `(${LAST_ACTIVITY} IS NULL OR ${LAST_ACTIVITY} < now() - make_interval(days => ${bind(args.inactiveDays)}))`,
      );
    if (args.pendingOnly) where.push('coalesce(ps.pending_reviews, 0) > 0');
    const dir = args.descending ? 'DESC' : 'ASC';
    if (page.cursor) {
      const [k, n, id] = page.cursor;
      if (typeof id !== 'string' || !isUuid(id) || typeof n !== 'string')
        throw AppError.badInput(
          'INVALID_CURSOR',
          'The cursor is not valid for this list; start again without `after`',
        );
      const kp = `${bind(k)}::${key.type}`;
      const np = bind(n);
      const ip = `${bind(id)}::uuid`;
      where.push(
        `(${key.sql} ${args.descending ? '<' : '>'} ${kp} OR (${key.sql} = ${kp} AND (lower(t.name), t.id) > (${np}, ${ip})))`,
      );
    }
    const limit = page.first ? `LIMIT ${bind(page.first + 1)}` : '';
    return db.query<LibraryRow[]>(
      `SELECT t.id AS "tenantId", coalesce(t.display_name, t.name) AS name, t.province, t.city,
              coalesce(ps.trained, 'NOT_STARTED') AS trained, ps.trained_since AS "trainedSince",
              coalesce(ps.present, 'NOT_STARTED') AS present, ps.present_since AS "presentSince",
              coalesce(ps.networks, 'NOT_STARTED') AS networks, ps.networks_since AS "networksSince",
              coalesce(ps.pending_reviews, 0) AS "pendingReviews", ps.last_evidence_at AS "lastEvidenceAt",
              ps.last_used_at AS "lastPostUsedAt", ${LAST_ACTIVITY} AS "lastActivityAt",
              ${key.type === 'bigint' ? `(${key.sql})::float8` : key.sql} AS k, lower(t.name) AS n
         FROM tenants t LEFT JOIN phase_status ps ON ps.tenant_id = t.id
        WHERE ${where.join(' AND ')}
        ORDER BY ${key.sql} ${dir}, lower(t.name), t.id
        ${limit}`,
      params,
    );
  }

  /** Network figures: what the network uses and reaches. Reads the feed's and submissions' tables. */
  networkFigures(actor: Actor, args: NetworkFiguresArgs, asOf = new Date()): Promise<NetworkFiguresType> {
    return this.db.read(actor, async (db) => {
      const first = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - (args.months - 1), 1));
      const used = await db.query<{ month: string; uses: number; libraries: number }[]>(
        `SELECT to_char(date_trunc('month', published_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
                count(*)::int AS uses, count(DISTINCT tenant_id)::int AS libraries
           FROM usage_receipts WHERE published_at >= $1 AND published_at <= $2 GROUP BY 1`,
        [first, asOf],
      );
      const byMonth = new Map(used.map((u) => [u.month, u]));
      const postsUsedPerMonth = Array.from({ length: args.months }, (_, i) => {
        const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1))
          .toISOString()
          .slice(0, 7);
        return byMonth.get(month) ?? { month, uses: 0, libraries: 0 };
      });
      const topPosts = await db.query<NetworkFiguresType['topPosts']>(
        `SELECT r.post_id AS "postId", p.title, count(*)::int AS uses, count(DISTINCT r.tenant_id)::int AS libraries
           FROM usage_receipts r JOIN posts p ON p.id = r.post_id
          WHERE r.published_at >= $1 AND r.published_at <= $2
          GROUP BY r.post_id, p.title ORDER BY uses DESC, libraries DESC, p.title LIMIT $3`,
        [first, asOf, args.topPosts],
      );
      const inactive = await db.query<
        (NetworkFiguresType['inactiveLibraries'][number] & { total: number })[]
      >(
        `SELECT t.id AS "tenantId", coalesce(t.display_name, t.name) AS name, ${LAST_ACTIVITY} AS "lastActivityAt",
                count(*) OVER ()::int AS total
           FROM tenants t LEFT JOIN phase_status ps ON ps.tenant_id = t.id
          WHERE t.kind = 'LIBRARY' AND t.active
            AND (${LAST_ACTIVITY} IS NULL OR ${LAST_ACTIVITY} < $1::timestamptz - make_interval(days => $2))
          ORDER BY ${LAST_ACTIVITY} ASC NULLS FIRST, lower(t.name) LIMIT 50`,
        [asOf, args.inactiveDays],
      );
      const [reach] = await db.query<NetworkFiguresType['kpiReach'][]>(
        `SELECT coalesce(sum(ps.reach_followers), 0)::float8 AS followers,
                coalesce(sum(ps.reach_interactions), 0)::float8 AS interactions,
                coalesce(sum(ps.reach_shares), 0)::float8 AS shares,
                coalesce(sum(ps.reach_website_visits), 0)::float8 AS "websiteVisits",
                count(*) FILTER (WHERE ps.reach_followers > 0 OR ps.reach_website_visits > 0)::int AS libraries
           FROM phase_status ps WHERE ps.active`,
      );
      return {
        postsUsedPerMonth,
        topPosts,
        librariesWithoutActivity: inactive[0]?.total ?? 0,
        inactiveLibraries: inactive.map(({ total: _total, ...row }) => row),
        submissions: await submissionFigures(db, first, asOf),
        kpiReach: reach,
      };
    });
  }

  /** Replays phase_history up to `at`: the counts per phase at that moment. */
  snapshot(actor: Actor, at: Date): Promise<SnapshotType> {
    return this.db.read(actor, async (db) => {
      const [{ libraries }] = await db.query<{ libraries: number }[]>(
        `SELECT count(*)::int AS libraries FROM phase_status WHERE active`,
      );
      const rows = await db.query<{ phase: Phase; achieved: number; inProgress: number }[]>(
        `SELECT h.phase, sum((h.to_status = 'ACHIEVED')::int - (h.from_status = 'ACHIEVED')::int)::int AS achieved,
                sum((h.to_status = 'IN_PROGRESS')::int - (h.from_status = 'IN_PROGRESS')::int)::int AS "inProgress"
           FROM phase_history h JOIN phase_status ps ON ps.tenant_id = h.tenant_id AND ps.active
          WHERE h.changed_at <= $1 GROUP BY h.phase`,
        [at],
      );
      return {
        at,
        phases: PHASES.map((phase): PhaseCountType => {
          const row = rows.find((r) => r.phase === phase);
          const achieved = row?.achieved ?? 0;
          const inProgress = row?.inProgress ?? 0;
          return { phase, achieved, inProgress, notStarted: libraries - achieved - inProgress };
        }),
      };
    });
  }

  /** Every library's status per phase at `at`, from the history alone (for checks and exports). */
  statusesAt(actor: Actor, at: Date): Promise<Map<string, Record<Phase, PhaseStatus>>> {
    return this.db.read(actor, async (db) => {
      const rows = await db.query<{ tenant_id: string; phase: Phase; to_status: PhaseStatus }[]>(
        `SELECT DISTINCT ON (tenant_id, phase) tenant_id, phase, to_status FROM phase_history
          WHERE changed_at <= $1 ORDER BY tenant_id, phase, changed_at DESC, id DESC`,
        [at],
      );
      const out = new Map<string, Record<Phase, PhaseStatus>>();
      for (const r of rows) {
        const entry = out.get(r.tenant_id) ?? {
          TRAINED: PhaseStatus.NOT_STARTED,
          PROFESSIONALLY_PRESENT: PhaseStatus.NOT_STARTED,
          VALUE_NETWORKS: PhaseStatus.NOT_STARTED,
        };
        entry[r.phase] = r.to_status;
        out.set(r.tenant_id, entry);
      }
      return out;
    });
  }

  /** A library's phase changes, newest first: libraries their own, central staff any library's. */
  async history(
    actor: Actor,
    args: { tenantId?: string | null; first: number; after?: string | null },
  ): Promise<Page<PhaseChangeType>> {
    const cursor = decodeCursor(args.after, 2);
    return this.db.read(actor, async (db) => {
      const target = await resolveLibrary(db, actor, args.tenantId);
      const rows = await db.query<(PhaseChangeType & { key: string })[]>(
        `SELECT id::text AS id, tenant_id AS "tenantId", phase, from_status AS "fromStatus", to_status AS "toStatus",
                changed_at AS "changedAt", reason,
                to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS key
           FROM phase_history
          WHERE tenant_id = $1
            AND ($2::text IS NULL OR (changed_at, id) < (($2::timestamp AT TIME ZONE 'UTC'), $3::bigint))
          ORDER BY changed_at DESC, id DESC LIMIT $4`,
        [target, cursor?.[0] ?? null, cursor?.[1] ?? null, args.first + 1],
      );
      const nodes = rows.slice(0, args.first);
      const last = nodes[nodes.length - 1];
      return {
        nodes: nodes.map(({ key: _key, ...r }) => r),
        pageInfo: {
          hasNextPage: rows.length > args.first,
          endCursor: last ? encodeCursor([last.key, last.id]) : null,
        },
      };
    });
  }

  /** A library's progress: status per phase and what is missing, in Dutch. */
  async progress(actor: Actor, tenantId?: string | null, asOf = new Date()): Promise<LibraryProgrammeType> {
    if (!isCentral(actor) && tenantId && tenantId !== actor.tenantId)
      throw AppError.notFound('LIBRARY_NOT_FOUND', 'Deze bibliotheek bestaat niet');
    return this.db.read(actor, async (db) => {
      const target = await resolveLibrary(db, actor, tenantId);
      const today = todayUtc(asOf);
      const criteria = await readCriteria(db);
      const [lib] = await db.query<{ name: string; channels: { channel: Channel; handle: string }[] }[]>(
        `SELECT coalesce(display_name, name) AS name, channels FROM tenants WHERE id = $1`,
        [target],
      );
      const [stored] = await db.query<Record<string, unknown>[]>(
        `SELECT trained, trained_since, present, present_since, networks, networks_since, pending_reviews
           FROM phase_status WHERE tenant_id = $1`,
        [target],
      );
      const [facts] = stored ? await this.derivation.facts(db, [target], criteria, today) : [undefined];
      const evaluation = evaluatePhases(facts ?? emptyFacts(target), criteria, today);
      const registered = await db.query<{ channel: Channel; handle: string }[]>(
        'SELECT channel, lower(handle) AS handle FROM programme_channels WHERE tenant_id = $1',
        [target],
      );
      const phases = PHASES.map((phase) => {
        const column = PHASE_COLUMN[phase];
        const status = evaluation.statuses[phase];
        return {
          phase,
          label: PHASE_LABELS[phase],
          status,
          since:
            stored && stored[column] === status ? ((stored[`${column}_since`] as Date | null) ?? null) : null,
          unmet: evaluation.unmet[phase],
          validUntil: phase === Phase.PROFESSIONALLY_PRESENT ? evaluation.presentValidUntil : null,
        };
      });
      const next = phases.find((p) => p.status !== PhaseStatus.ACHIEVED);
      return {
        tenantId: target,
        libraryName: lib?.name ?? '',
        phases,
        nextPhase: next?.phase ?? null,
        missingForNextPhase: next?.unmet ?? [],
        pendingReviews: Number(stored?.['pending_reviews'] ?? 0),
        unregisteredProfileChannels: (lib?.channels ?? []).filter(
          (c) => !registered.some((r) => r.channel === c.channel && r.handle === c.handle.toLowerCase()),
        ),
      };
    });
  }
}

function toLibrary(r: LibraryRow): ProgrammeLibraryType {
  return {
    tenantId: r.tenantId,
    name: r.name,
    province: r.province,
    city: r.city,
    trained: r.trained,
    professionallyPresent: r.present,
    valueNetworks: r.networks,
    phases: [
      { phase: Phase.TRAINED, status: r.trained, since: r.trainedSince },
      { phase: Phase.PROFESSIONALLY_PRESENT, status: r.present, since: r.presentSince },
      { phase: Phase.VALUE_NETWORKS, status: r.networks, since: r.networksSince },
    ],
    pendingReviews: r.pendingReviews,
    lastActivityAt: r.lastActivityAt,
    lastEvidenceAt: r.lastEvidenceAt,
    lastPostUsedAt: r.lastPostUsedAt,
  };
}

/** Only when the submissions feature's table exists (it arrives with its own issue). */
async function submissionFigures(
  db: EntityManager,
  since: Date,
  until: Date,
): Promise<NetworkFiguresType['submissions']> {
  const [{ present }] = await db.query<{ present: boolean }[]>(
    `SELECT to_regclass('public.submissions') IS NOT NULL AS present`,
  );
  if (!present) return null;
  const [row] = await db.query<NonNullable<NetworkFiguresType['submissions']>[]>(
    `SELECT count(*)::int AS submitted, count(*) FILTER (WHERE status = 'REPUBLISHED')::int AS republished,
            count(DISTINCT tenant_id)::int AS libraries
       FROM submissions WHERE submitted_at >= $1 AND submitted_at <= $2`,
    [since, until],
  );
  return row;
}
