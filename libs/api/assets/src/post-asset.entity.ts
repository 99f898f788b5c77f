import { PostEntity } from '@bibliohub/api-content';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssetEntity } from './asset.entity.js';

/** An asset attached to a post, in order, with an optional alt text for this post only. */
@Entity('post_assets')
@Index('post_assets_asset', ['assetId'])
@Index('post_assets_post_position', ['postId', 'position'], { unique: true })
export class PostAssetEntity {
  @PrimaryColumn('uuid', { name: 'post_id' })
  postId!: string;

  @PrimaryColumn('uuid', { name: 'asset_id' })
  assetId!: string;

  /** The post's tenant (the central tenant). */
  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('int')
  position!: number;

  @Column('text', { name: 'alt_text', nullable: true })
  altText!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @ManyToOne(() => AssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id' })
  asset?: Relation<AssetEntity>;
}
