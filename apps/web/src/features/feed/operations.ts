import { graphql } from '../../gql';

export const FeedItemFields = graphql(`
  fragment FeedItemFields on FeedItem {
    id
    title
    body
    attribution
    language
    goal
    targetGroups
    publishedAt
    availableUntil
    overridden
    upstreamChanges {
      field
    }
    theme {
      id
      name
      colour
    }
    variants {
      ...VariantFields
    }
    assets {
      id
      kind
      title
      altText
      files {
        rendition
        url
        mimeType
        width
        height
      }
    }
  }
`);

export const FeedQuery = graphql(`
  query Feed(
    $first: Int!
    $after: String
    $search: String
    $channel: Channel
    $goal: Goal
    $targetGroup: TargetGroup
    $language: Language
  ) {
    feed(
      first: $first
      after: $after
      search: $search
      channel: $channel
      goal: $goal
      targetGroup: $targetGroup
      language: $language
    ) {
      nodes {
        ...FeedItemFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const FeedSubscriptionFields = graphql(`
  fragment FeedSubscriptionFields on FeedSubscription {
    channels
    themeIds
    lastVisitAt
    newSinceLastVisit
  }
`);

export const FeedSubscriptionQuery = graphql(`
  query FeedSubscription {
    feedSubscription {
      ...FeedSubscriptionFields
    }
    themes(activeOnly: true) {
      id
      name
      kind
      description
    }
  }
`);

export const UpdateFeedSubscriptionMutation = graphql(`
  mutation UpdateFeedSubscription($channels: [Channel!]!, $themeIds: [ID!]!) {
    updateFeedSubscription(channels: $channels, themeIds: $themeIds) {
      ...FeedSubscriptionFields
    }
  }
`);

export const MarkFeedVisitedMutation = graphql(`
  mutation MarkFeedVisited {
    markFeedVisited {
      ...FeedSubscriptionFields
    }
  }
`);

export const MarkPostUsedMutation = graphql(`
  mutation MarkPostUsed($postId: ID!, $channel: Channel!, $publishedAt: DateTime!, $url: String) {
    markPostUsed(postId: $postId, channel: $channel, publishedAt: $publishedAt, url: $url) {
      id
      postId
      channel
      publishedAt
      url
    }
  }
`);

export const MyUsageQuery = graphql(`
  query MyUsage {
    myUsage(first: 100) {
      nodes {
        id
        postId
        channel
      }
    }
  }
`);

export const PostOverrideFields = graphql(`
  fragment PostOverrideFields on PostOverride {
    postId
    version
    updatedAt
    fields {
      field
      local
      upstream
    }
    upstreamChanges {
      field
      before
      after
    }
  }
`);

export const PostOverrideQuery = graphql(`
  query PostOverride($postId: ID!) {
    post(id: $postId) {
      id
      title
      body
      variants {
        channel
        text
        hashtags
        link
        callToAction
      }
    }
    postOverride(postId: $postId) {
      ...PostOverrideFields
    }
  }
`);

export const SetPostOverrideMutation = graphql(`
  mutation SetPostOverride($postId: ID!, $input: PostOverrideInput!) {
    setPostOverride(postId: $postId, input: $input) {
      ...PostOverrideFields
    }
  }
`);

export const ClearPostOverrideMutation = graphql(`
  mutation ClearPostOverride($postId: ID!, $fields: [String!]!, $version: Int) {
    clearPostOverride(postId: $postId, fields: $fields, version: $version) {
      ...PostOverrideFields
    }
  }
`);

export const ResolveUpstreamChangesMutation = graphql(`
  mutation ResolveUpstreamChanges($postId: ID!, $decisions: [UpstreamDecisionInput!]!, $version: Int) {
    resolveUpstreamChanges(postId: $postId, decisions: $decisions, version: $version) {
      ...PostOverrideFields
    }
  }
`);
