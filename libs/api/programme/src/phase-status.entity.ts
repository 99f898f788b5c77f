import type { PhaseStatus, Province } from '@bibliohub/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Each library's current status per phase, kept current by PhaseDerivationService on every change
 * (evidence, review, criteria, expiry), so the dashboard never aggregates history or evidence. Every
 * library has a row from its creation on (trigger tenants_phase_status), with its province and whether
 * it is active.
 */
@Entity('phase_status')
@Index('phase_status_valid_until', ['presentValidUntil'], { where: 'present_valid_until IS NOT NULL' })
export class PhaseStatusEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  /** Copied from `tenants` by the trigger tenants_phase_status, so the dashboard reads this table alone. */
  @Column('text', { nullable: true })
  province!: Province | null;

  /** Copied from `tenants` (deactivated libraries leave the dashboard's counts). */
  @Column('boolean', { default: true })
  active!: boolean;

  @Column('text', { default: 'NOT_STARTED' })
  trained!: PhaseStatus;

  @Column('timestamptz', { name: 'trained_since', nullable: true })
  trainedSince!: Date | null;

  @Column('text', { default: 'NOT_STARTED' })
  present!: PhaseStatus;

  @Column('timestamptz', { name: 'present_since', nullable: true })
  presentSince!: Date | null;

  /** Last day an ACHIEVED presence holds without a newer KPI measurement (the 90-day window). */
  @Column('date', { name: 'present_valid_until', nullable: true })
  presentValidUntil!: string | null;

  @Column('text', { default: 'NOT_STARTED' })
  networks!: PhaseStatus;

  @Column('timestamptz', { name: 'networks_since', nullable: true })
  networksSince!: Date | null;

  /** Evidence waiting for central review. */
  @Column('int', { name: 'pending_reviews', default: 0 })
  pendingReviews!: number;

  /** The library's latest programme activity (evidence recorded or changed). */
  @Column('timestamptz', { name: 'last_evidence_at', nullable: true })
  lastEvidenceAt!: Date | null;

  /** The latest post the library used (usage receipts), refreshed by the hourly sweep. */
  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;

  /** Latest verified KPI measurement per active verified channel, summed. */
  @Column('bigint', { name: 'reach_followers', default: 0 })
  reachFollowers!: string;

  @Column('bigint', { name: 'reach_interactions', default: 0 })
  reachInteractions!: string;

  @Column('bigint', { name: 'reach_shares', default: 0 })
  reachShares!: string;

  @Column('bigint', { name: 'reach_website_visits', default: 0 })
  reachWebsiteVisits!: string;

  @Column('timestamptz', { name: 'derived_at', default: () => 'now()' })
  derivedAt!: Date;
}
