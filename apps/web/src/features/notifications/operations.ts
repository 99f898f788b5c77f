import { graphql } from '../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!) {
    notifications(unreadOnly: $unreadOnly) {
      id
      kind
      message
      createdAt
      readAt
      submissionId
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
