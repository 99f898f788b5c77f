import { Column, Entity, Index } from 'typeorm';
import { EvidenceColumns } from './evidence.columns.js';
import type { StrategySteps } from './strategy.rules.js';

/**
 * A version of a library's social-media strategy, the seven steps as structured data. Saving creates
 * a new version; the newest is the current one.
 */
@Entity('programme_strategies')
@Index('programme_strategies_version', ['tenantId', 'versionNo'], { unique: true })
export class StrategyEntity extends EvidenceColumns {
  @Column('int', { name: 'version_no' })
  versionNo!: number;

  @Column('jsonb')
  steps!: StrategySteps;

  /** Steps (1–7) not yet filled in; empty means complete. Computed when saved. */
  @Column('int', { name: 'missing_steps', array: true, default: '{}' })
  missingSteps!: number[];
}
