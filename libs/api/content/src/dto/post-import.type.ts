import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@bibliohub/api-core';

export enum PostImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(PostImportStatus, { name: 'PostImportStatus' });

export enum PostImportFormat {
  JSONL = 'jsonl',
  CSV = 'csv',
}
registerEnumType(PostImportFormat, { name: 'PostImportFormat' });

@ObjectType('PostImportRowError')
export class PostImportRowErrorType {
  @Field(() => Int, { description: 'Line in the file the row starts on' })
  line!: number;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field({ description: 'The field (CSV: the column) at fault' })
  field!: string;

  @Field()
  reason!: string;

  @Field()
  message!: string;
}

@ObjectType('PostImport', { description: 'A bulk import of posts uploaded in the web app' })
export class PostImportType {
  @Field(() => ID)
  id!: string;

  @Field(() => PostImportStatus)
  status!: PostImportStatus;

  @Field(() => PostImportFormat)
  format!: PostImportFormat;

  @Field({ description: 'Nothing is written; the counts say what an import would do' })
  dryRun!: boolean;

  @Field()
  fileName!: string;

  @Field(() => Int, { description: 'Bytes' })
  size!: number;

  @Field(() => Int, { description: 'Rows in the file (known once the import runs)' })
  total!: number;

  @Field(() => Int, { description: 'Rows read and checked so far' })
  processed!: number;

  @Field(() => Int, { description: 'New posts, created as drafts' })
  imported!: number;

  @Field(() => Int, { description: 'Existing posts (same external id) whose content changed' })
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Rows with an error, not written' })
  skipped!: number;

  @Field(() => Int, { description: 'All row errors; `errors` holds the first ones' })
  errorCount!: number;

  @Field(() => [PostImportRowErrorType], { description: 'The first row errors, by line' })
  errors!: PostImportRowErrorType[];

  @Field(() => String, { nullable: true, description: 'Why the import as a whole FAILED' })
  failure!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export const PostImportConnection = Connection(PostImportType, 'PostImport');
