import type { EntityManager } from 'typeorm';
import type { PhaseCriteria } from './phase.rules.js';

export interface CriteriaRow extends PhaseCriteria {
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export const CRITERIA_COLUMNS = `training_min_verified AS "trainingMinVerified",
  training_digital_vision_only AS "trainingDigitalVisionOnly", presence_requires_trained AS "presenceRequiresTrained",
  presence_requires_complete_strategy AS "presenceRequiresCompleteStrategy",
  presence_requires_policy AS "presenceRequiresPolicy", presence_requires_house_style AS "presenceRequiresHouseStyle",
  presence_min_active_channels AS "presenceMinActiveChannels", presence_kpi_within_days AS "presenceKpiWithinDays",
  presence_min_kpi_measurements AS "presenceMinKpiMeasurements", networks_requires_present AS "networksRequiresPresent",
  networks_min_active AS "networksMinActive", version, updated_at AS "updatedAt", updated_by AS "updatedBy"`;

/** The configured criteria (the one row the migration creates). */
export async function readCriteria(db: EntityManager): Promise<CriteriaRow> {
  const [row] = await db.query<CriteriaRow[]>(
    `SELECT ${CRITERIA_COLUMNS} FROM programme_criteria WHERE id = 1`,
  );
  if (!row) throw new Error('programme_criteria has no row; run the migrations');
  return row;
}
