import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '@bibliohub/api-core';

export const WEBHOOK_EVENTS = [
  'post.published',
  'post.updated',
  'post.withdrawn',
  'post.archived',
  'submission.status_changed',
  'ping',
] as const;

@ObjectType('WebhookEndpoint')
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => [String], { description: 'Event types; empty = all' })
  events!: string[];

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointType {
  @Field(() => WebhookEndpointType)
  endpoint!: WebhookEndpointType;

  @Field({ description: 'Signing secret, shown only now: verify BiblioHub-Signature with it' })
  secret!: string;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  endpointId!: string;

  @Field()
  eventType!: string;

  @Field({ description: 'PENDING, DELIVERED or FAILED' })
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  nextAttemptAt!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https:// address (http:// only for localhost outside production)' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events: string[] = [];
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  endpointId?: string;
}
