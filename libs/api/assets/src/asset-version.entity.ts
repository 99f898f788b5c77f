import { RenditionStatus } from '@bibliohub/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssetEntity } from './asset.entity.js';

export interface RenditionFile {
  key: string;
  mimeType: string;
  width: number;
  height: number;
  size: number;
  sha256: string;
}

/** Made by the renditions job: `thumb` (320 px wide WebP), `preview` (1280 px WebP), `preview-avif`. */
export type Renditions = Partial<Record<'thumb' | 'preview' | 'preview-avif', RenditionFile>>;

/** bigint comes back from pg as a string; sizes stay far below 2^53. */
const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One uploaded file of an asset. Replacing the file adds a version; older ones stay downloadable. */
@Entity('asset_versions')
@Index('asset_versions_asset_number', ['assetId', 'number'], { unique: true })
@Index('asset_versions_upload_key', ['uploadKey'], { unique: true, where: 'upload_key IS NOT NULL' })
export class AssetVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'asset_id' })
  assetId!: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: Relation<AssetEntity>;

  @Column('int')
  number!: number;

  /** `assets/<tenantId>/<assetId>/v<n>/original`: never anything the client chose. */
  @Column('text', { name: 'object_key' })
  objectKey!: string;

  /** The staging key of the upload this version was made from: unique, so an upload token is used once. */
  @Column('text', { name: 'upload_key', nullable: true })
  uploadKey!: string | null;

  /** The client's file name, for Content-Disposition only. */
  @Column('text', { name: 'original_name' })
  originalName!: string;

  /** Sniffed from the bytes. */
  @Column('text', { name: 'mime_type' })
  mimeType!: string;

  @Column('bigint', { transformer: bigintAsNumber })
  size!: number;

  @Column('text')
  sha256!: string;

  @Column('int', { nullable: true })
  width!: number | null;

  @Column('int', { nullable: true })
  height!: number | null;

  @Column('jsonb', { default: {} })
  renditions!: Renditions;

  @Column('text', { name: 'renditions_status' })
  renditionsStatus!: RenditionStatus;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
