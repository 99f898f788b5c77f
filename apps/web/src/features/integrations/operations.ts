import { graphql } from '../../gql';

export const FeedLinksQuery = graphql(`
  query FeedLinks {
    feedLinks {
      channel
      rss
      atom
    }
  }
`);

export const RotateFeedTokenMutation = graphql(`
  mutation RotateFeedToken {
    rotateFeedToken {
      channel
      rss
      atom
    }
  }
`);

export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    events
    active
    createdAt
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const PingWebhookEndpointMutation = graphql(`
  mutation PingWebhookEndpoint($id: ID!) {
    pingWebhookEndpoint(id: $id) {
      id
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($first: Int!, $after: String, $endpointId: ID) {
    webhookDeliveries(first: $first, after: $after, endpointId: $endpointId) {
      nodes {
        id
        endpointId
        eventType
        status
        attempts
        lastStatusCode
        lastError
        createdAt
        deliveredAt
        nextAttemptAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
