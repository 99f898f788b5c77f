import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An HTTPS address of a library that receives signed event deliveries. */
@Entity('webhook_endpoints')
@Index('webhook_endpoints_tenant', ['tenantId'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  url!: string;

  /** Event types, e.g. post.published; empty = all. */
  @Column('text', { array: true })
  events!: string[];

  /** Signing secret (HMAC-SHA256). Kept because every delivery is signed with it; shown once. */
  @Column('text')
  secret!: string;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
