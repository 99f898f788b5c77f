import type { Phase, PhaseStatus } from '@bibliohub/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The net change per phase and week/month of every library's phase history, up to the watermark in
 * `phase_trend_state` (new rows folded in every 15 minutes and after a criteria change). The dashboard adds the
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

/**
 * How many active libraries have each status per phase, per province, folded from `phase_count_log`
 * (every 15 minutes and after a criteria change). The dashboard adds the log rows not folded yet.
 * Province '' stands for libraries without one.
 */
@Entity('phase_counts')
export class PhaseCountEntity {
  @PrimaryColumn('text')
  province!: string;

  @PrimaryColumn('text')
  phase!: Phase;

  @PrimaryColumn('text')
  status!: PhaseStatus;

  @Column('int')
  libraries!: number;
}

/**
 * −1/+1 per (province, phase, status) whenever a library's row in `phase_status` changes status,
 * province or active flag; written only by the trigger phase_status_counts (a SECURITY DEFINER function).
 */
@Entity('phase_count_log')
export class PhaseCountLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  province!: string;

  @Column('text')
  phase!: Phase;

  @Column('text')
  status!: PhaseStatus;

  @Column('int')
  delta!: number;
}
