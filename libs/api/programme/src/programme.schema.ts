import { registerSchema } from '@bibliohub/api-core';
import { HouseStyleEntity } from './house-style.entity.js';
import { KpiMeasurementEntity } from './kpi-measurement.entity.js';
import { Programme1763900008000 } from './migrations/1763900008000-programme.migration.js';
import { PhaseCountsSearchPath1763900009600 } from './migrations/1763900009600-phase-counts-search-path.migration.js';
import { PhaseHistoryEntity } from './phase-history.entity.js';
import { PhaseStatusEntity } from './phase-status.entity.js';
import {
  PhaseCountEntity,
  PhaseCountLogEntity,
  PhaseTrendEntity,
  PhaseTrendStateEntity,
} from './phase-cache.entity.js';
import { PolicyEntity } from './policy.entity.js';
import { ProgrammeChannelEntity } from './programme-channel.entity.js';
import { ProgrammeCriteriaEntity } from './programme-criteria.entity.js';
import { ProgrammePeriodEntity } from './programme-period.entity.js';
import { StrategyEntity } from './strategy.entity.js';
import { TrainingEntity } from './training.entity.js';
import { ValueNetworkEntity } from './value-network.entity.js';

registerSchema({
  entities: [
    TrainingEntity,
    StrategyEntity,
    PolicyEntity,
    HouseStyleEntity,
    ProgrammeChannelEntity,
    KpiMeasurementEntity,
    ValueNetworkEntity,
    PhaseStatusEntity,
    PhaseHistoryEntity,
    PhaseTrendEntity,
    PhaseTrendStateEntity,
    PhaseCountEntity,
    PhaseCountLogEntity,
    ProgrammeCriteriaEntity,
    ProgrammePeriodEntity,
  ],
  migrations: [Programme1763900008000, PhaseCountsSearchPath1763900009600],
});
