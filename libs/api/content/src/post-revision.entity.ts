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
import { PostEntity } from './post.entity.js';

/** A snapshot of a post after each change; restoring one writes a new revision. */
@Entity('post_revisions')
@Index('post_revisions_post_number', ['postId', 'number'], { unique: true })
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'post_id' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @Column('int')
  number!: number;

  /** What happened: create, update, publish, withdraw, restore, import … */
  @Column('text')
  action!: string;

  @Column('jsonb')
  snapshot!: Record<string, unknown>;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
