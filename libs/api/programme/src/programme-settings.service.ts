import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, AuditService, isUuid, TenantDb, type Actor } from '@bibliohub/api-core';
import { DEFAULT_PHASE_TARGETS, Role } from '@bibliohub/contracts';
import type {
  CriteriaInput,
  CriteriaType,
  CriteriaUpdateType,
  PeriodInput,
  PeriodType,
} from './dto/settings.type.js';
import { PhaseDerivationService, todayUtc } from './phase-derivation.service.js';
import { readCriteria } from './programme-criteria.sql.js';

const PERIOD_COLUMNS = `id, name, starts_on::text AS "startsOn", target_date::text AS "targetDate",
  target_trained AS "targetTrained", target_present AS "targetPresent", target_networks AS "targetNetworks", version`;

/** Until a period is configured: the national targets without a target date. */
export const DEFAULT_PERIOD: PeriodType = {
  id: null,
  name: 'Landelijke doelstellingen',
  startsOn: '2012-01-01',
  targetDate: null,
  targetTrained: DEFAULT_PHASE_TARGETS.TRAINED,
  targetPresent: DEFAULT_PHASE_TARGETS.PROFESSIONALLY_PRESENT,
  targetNetworks: DEFAULT_PHASE_TARGETS.VALUE_NETWORKS,
  version: 0,
};

/** The period a dashboard shows: the given one, else the latest that has started, else the first upcoming. */
export async function selectPeriod(
  db: EntityManager,
  periodId: string | null | undefined,
  today: string,
): Promise<PeriodType> {
  if (periodId) {
    const [period] = isUuid(periodId)
      ? await db.query<PeriodType[]>(`SELECT ${PERIOD_COLUMNS} FROM programme_periods WHERE id = $1`, [
          periodId,
        ])
      : [];
    if (!period) throw AppError.notFound('PERIOD_NOT_FOUND', 'Deze programmaperiode bestaat niet');
    return period;
  }
  const [period] = await db.query<PeriodType[]>(
    `SELECT ${PERIOD_COLUMNS} FROM programme_periods
      ORDER BY (starts_on <= $1::date) DESC, CASE WHEN starts_on <= $1::date THEN starts_on END DESC, starts_on LIMIT 1`,
    [today],
  );
  return period ?? DEFAULT_PERIOD;
}

function assertAdmin(actor: Actor): void {
  if (actor.role !== Role.CENTRAL_ADMIN)
    throw AppError.forbidden('ADMIN_ONLY', 'Alleen een centrale beheerder wijzigt programma-instellingen');
}

/** Criteria and programme periods (targets), set by central admins; every change is audited. */
@Injectable()
export class ProgrammeSettingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly derivation: PhaseDerivationService,
  ) {}

  criteria(actor: Actor): Promise<CriteriaType> {
    return this.db.run(actor, (db) => readCriteria(db));
  }

  /** Changes the criteria and re-derives every library's status in the same transaction. */
  async updateCriteria(actor: Actor, input: CriteriaInput, version: number): Promise<CriteriaUpdateType> {
    assertAdmin(actor);
    if (
      !input.presenceRequiresCompleteStrategy &&
      !input.presenceRequiresPolicy &&
      !input.presenceRequiresHouseStyle &&
      input.presenceMinActiveChannels === 0 &&
      input.presenceMinKpiMeasurements === 0
    )
      throw AppError.badInput(
        'PRESENCE_WITHOUT_EVIDENCE',
        'Professionele aanwezigheid moet op ten minste één bewijs rusten',
        [{ field: 'presenceMinActiveChannels', reason: 'min', message: 'at least one presence requirement' }],
      );
    return this.db.run(actor, async (db) => {
      const before = await readCriteria(db);
      const [, affected] = await db.query<[unknown[], number]>(
        `UPDATE programme_criteria SET training_min_verified = $2, training_digital_vision_only = $3,
                presence_requires_trained = $4, presence_requires_complete_strategy = $5, presence_requires_policy = $6,
                presence_requires_house_style = $7, presence_min_active_channels = $8, presence_kpi_within_days = $9,
                presence_min_kpi_measurements = $10, networks_requires_present = $11, networks_min_active = $12,
                version = version + 1, updated_at = now(), updated_by = $13
          WHERE id = 1 AND version = $1`,
        [
          version,
          input.trainingMinVerified,
          input.trainingDigitalVisionOnly,
          input.presenceRequiresTrained,
          input.presenceRequiresCompleteStrategy,
          input.presenceRequiresPolicy,
          input.presenceRequiresHouseStyle,
          input.presenceMinActiveChannels,
          input.presenceKpiWithinDays,
          input.presenceMinKpiMeasurements,
          input.networksRequiresPresent,
          input.networksMinActive,
          actor.id,
        ],
      );
      if (affected !== 1)
        throw AppError.conflict(
          'STALE_VERSION',
          `De criteria zijn intussen gewijzigd (nu versie ${before.version})`,
          {
            currentVersion: before.version,
          },
        );
      const criteria = await readCriteria(db);
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: 'programme.criteria.update',
        entityType: 'ProgrammeCriteria',
        entityId: '1',
        before,
        after: criteria,
      });
      const changes = await this.derivation.derive(db, null, { reason: 'CRITERIA', actorId: actor.id });
      // Many libraries may have changed at once: fold them into the national caches right away.
      await this.derivation.refreshCachesIn(db);
      return { criteria, changedStatuses: changes.length };
    });
  }

  periods(actor: Actor): Promise<PeriodType[]> {
    return this.db.run(actor, (db) =>
      db.query<PeriodType[]>(`SELECT ${PERIOD_COLUMNS} FROM programme_periods ORDER BY starts_on DESC, name`),
    );
  }

  currentPeriod(actor: Actor): Promise<PeriodType> {
    return this.db.run(actor, (db) => selectPeriod(db, null, todayUtc(new Date())));
  }

  async savePeriod(
    actor: Actor,
    input: PeriodInput,
    id?: string | null,
    version?: number | null,
  ): Promise<PeriodType> {
    assertAdmin(actor);
    if (input.targetDate <= input.startsOn)
      throw AppError.badInput('TARGET_BEFORE_START', 'De streefdatum ligt niet na het begin van de periode', [
        { field: 'targetDate', reason: 'afterStart', message: 'must lie after startsOn' },
      ]);
    const values = [
      input.name.trim(),
      input.startsOn,
      input.targetDate,
      input.targetTrained,
      input.targetPresent,
      input.targetNetworks,
    ];
    return this.db.run(actor, async (db) => {
      if (!id) {
        const [period] = await db.query<PeriodType[]>(
          `INSERT INTO programme_periods (name, starts_on, target_date, target_trained, target_present, target_networks)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PERIOD_COLUMNS}`,
          values,
        );
        await this.audit.record(db, actor, {
          tenantId: actor.tenantId,
          action: 'programme.period.create',
          entityType: 'ProgrammePeriod',
          entityId: period.id!,
          after: period,
        });
        return period;
      }
      const [before] = isUuid(id)
        ? await db.query<PeriodType[]>(`SELECT ${PERIOD_COLUMNS} FROM programme_periods WHERE id = $1`, [id])
        : [];
      if (!before) throw AppError.notFound('PERIOD_NOT_FOUND', 'Deze programmaperiode bestaat niet');
      if (before.version !== version)
        throw AppError.conflict(
          'STALE_VERSION',
          `Deze periode is intussen gewijzigd (nu versie ${before.version})`,
          {
            currentVersion: before.version,
          },
        );
      const [[period]] = await db.query<[PeriodType[], number]>(
        `UPDATE programme_periods SET name = $2, starts_on = $3, target_date = $4, target_trained = $5, target_present = $6,
                target_networks = $7, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${PERIOD_COLUMNS}`,
        [id, ...values],
      );
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: 'programme.period.update',
        entityType: 'ProgrammePeriod',
        entityId: id,
        before,
        after: period,
      });
      return period;
    });
  }
}
