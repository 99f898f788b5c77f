import { PostEntity } from '@bibliohub/api-content';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { OverrideMap } from './override.fields.js';

/**
 * A library's local changes to its copy of a central post, field by field (see override.fields.ts for
 * the paths). `base` holds the upstream value of each overridden field as it was when the library last
 * decided, so a later central edit shows as before (base) and after (the post now).
 */
@Entity('post_overrides')
@Index('post_overrides_post', ['postId'])
export class PostOverrideEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid', { name: 'post_id' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  /** The library's values by field path. */
  @Column('jsonb')
  fields!: OverrideMap;

  /** The upstream values of the same paths when the library last decided. */
  @Column('jsonb')
  base!: OverrideMap;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Checked by hand in every write (… WHERE version = $n). */
  @Column('int', { default: 1 })
  version!: number;
}
