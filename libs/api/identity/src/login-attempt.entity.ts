import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters per account and per client address, in PostgreSQL so every API replica shares
 * them. Keys are SHA-256 hashes ("account:<email>", "address:<ip>"), so no e-mail is stored here.
 */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column('int')
  failures!: number;

  @Column('timestamptz', { name: 'window_started_at' })
  windowStartedAt!: Date;
}
