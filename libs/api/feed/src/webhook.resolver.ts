import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIBRARY_ROLES, Role } from '@bibliohub/contracts';
import { Access, Connection, CurrentActor, type Actor, type Page } from '@bibliohub/api-core';
import {
  CreatedWebhookEndpointType,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryType,
  WebhookEndpointType,
} from './dto/webhook.type.js';
import { WebhookService } from './webhook.service.js';

const ADMIN = { roles: [Role.LIBRARY_ADMIN] };
export const WebhookDeliveryConnection = Connection(WebhookDeliveryType, 'WebhookDelivery');

@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  constructor(private readonly service: WebhookService) {}

  @Access({ roles: LIBRARY_ROLES })
  @Query(() => [WebhookEndpointType], { description: 'Your library’s webhook endpoints' })
  webhookEndpoints(@CurrentActor() actor: Actor): Promise<WebhookEndpointType[]> {
    return this.service.list(actor);
  }

  @Access({ roles: LIBRARY_ROLES })
  @Query(() => WebhookDeliveryConnection, { description: 'Delivery log, newest first' })
  webhookDeliveries(
    @CurrentActor() actor: Actor,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<Page<WebhookDeliveryType>> {
    return this.service.deliveries(actor, args);
  }

  @Access(ADMIN)
  @Mutation(() => CreatedWebhookEndpointType, {
    description: 'Register an endpoint; its signing secret is shown once',
  })
  createWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpointType> {
    return this.service.create(actor, input);
  }

  @Access(ADMIN)
  @Mutation(() => WebhookEndpointType, { description: 'Change events or pause/resume' })
  updateWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointType> {
    return this.service.update(actor, id, input);
  }

  @Access(ADMIN)
  @Mutation(() => Boolean, { description: 'Remove an endpoint and its delivery log' })
  deleteWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(actor, id);
  }

  @Access(ADMIN)
  @Mutation(() => WebhookDeliveryType, { description: 'Send a test event (type "ping")' })
  pingWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookDeliveryType> {
    return this.service.ping(actor, id);
  }
}
