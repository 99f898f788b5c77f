import { AssetEntity } from '@bibliohub/api-assets';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SubmissionEntity } from './submission.entity.js';

/** An asset the library attached to its submission (one of its own uploads), in order. */
@Entity('submission_assets')
@Index('submission_assets_asset', ['assetId'])
@Index('submission_assets_central_asset', ['centralAssetId'])
@Index('submission_assets_position', ['submissionId', 'position'], { unique: true })
export class SubmissionAssetEntity {
  @PrimaryColumn('uuid', { name: 'submission_id' })
  submissionId!: string;

  @PrimaryColumn('uuid', { name: 'asset_id' })
  assetId!: string;

  /** The submitting library (owner of the submission and of the asset). */
  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('int')
  position!: number;

  /** Alt text for this submission only (else the asset's). */
  @Column('text', { name: 'alt_text', nullable: true })
  altText!: string | null;

  /**
   * The asset's file version when the submission was (re)submitted: the editors review that file and
   * approval copies it, even if the library replaces the asset's file meanwhile. Null while editable.
   */
  @Column('int', { name: 'file_version', nullable: true })
  fileVersion!: number | null;

  /** The central copy made on approval and attached to the republished post. */
  @Column('uuid', { name: 'central_asset_id', nullable: true })
  centralAssetId!: string | null;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: Relation<SubmissionEntity>;

  @ManyToOne(() => AssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id' })
  asset?: Relation<AssetEntity>;

  @ManyToOne(() => AssetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'central_asset_id' })
  centralAsset?: Relation<AssetEntity>;
}
