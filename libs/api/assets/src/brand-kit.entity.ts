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

export enum BrandKitSection {
  LOGO = 'LOGO',
  FONT = 'FONT',
  TEMPLATE = 'TEMPLATE',
}

/** A named house-style colour. */
@Entity('brand_colours')
@Index('brand_colours_tenant_position', ['tenantId', 'position'])
export class BrandColourEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  name!: string;

  /** #RRGGBB */
  @Column('text')
  hex!: string;

  /** When to use it ("koppen en knoppen"). */
  @Column('text', { default: '' })
  usage!: string;

  @Column('int')
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A logo variant, font or template of the brand kit: a reference to an asset with its usage. */
@Entity('brand_kit_assets')
@Index('brand_kit_assets_tenant_section', ['tenantId', 'section', 'position'])
@Index('brand_kit_assets_asset', ['assetId'])
export class BrandKitAssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  section!: BrandKitSection;

  @Column('uuid', { name: 'asset_id' })
  assetId!: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id' })
  asset?: Relation<AssetEntity>;

  /** "Logo liggend, diapositief". */
  @Column('text')
  label!: string;

  @Column('text', { default: '' })
  usage!: string;

  @Column('int')
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
