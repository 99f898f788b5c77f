import type { Phase } from '@bibliohub/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The net change per phase and week/month of every library's phase history, up to the watermark in
 * `phase_trend_state` (rebuilt every 15 minutes and after a criteria change). The dashboard adds the
 * few history rows after the watermark, so its trend never aggregates two years of history per call.
 * National figures, central staff only.
 */
@Entity('phase_trend')
export class PhaseTrendEntity {
  /** WEEK or MONTH */
  @PrimaryColumn('text')
  granularity!: string;

  @PrimaryColumn('date')
  bucket!: string;

  @PrimaryColumn('text')
  phase!: Phase;

  @Column('int')
  achieved!: number;

  @Column('int', { name: 'in_progress' })
  inProgress!: number;
}

/** One row (id 1): the last phase_history id included in `phase_trend`. */
@Entity('phase_trend_state')
export class PhaseTrendStateEntity {
  @PrimaryColumn('smallint')
  id!: number;

  @Column('bigint', { name: 'history_id', default: 0 })
  historyId!: string;

  @Column('timestamptz', { name: 'refreshed_at', nullable: true })
  refreshedAt!: Date | null;
}
