import { graphql } from '../../gql';

export const ThemeFields = graphql(`
  fragment ThemeFields on Theme {
    id
    slug
    name
    kind
    colour
    description
    active
    periodStart
    periodEnd
    recursYearly
    version
  }
`);

export const VariantFields = graphql(`
  fragment VariantFields on PostVariant {
    channel
    text
    hashtags
    link
    callToAction
    length
    maxLength
  }
`);

export const PostListFields = graphql(`
  fragment PostListFields on Post {
    id
    title
    status
    language
    goal
    targetGroups
    suggestedPublishAt
    updatedAt
    attribution
    theme {
      id
      name
      colour
      kind
    }
    variants {
      channel
    }
  }
`);

export const PostFields = graphql(`
  fragment PostFields on Post {
    id
    title
    body
    status
    source
    attribution
    language
    goal
    targetGroups
    tags
    availableFrom
    availableUntil
    suggestedPublishAt
    scheduledAt
    publishedAt
    withdrawnAt
    withdrawalReason
    createdAt
    updatedAt
    version
    theme {
      id
      name
    }
    variants {
      ...VariantFields
    }
    assets {
      position
      altText
      altTextOverride
      asset {
        id
        title
        kind
        altText
        thumb: downloadUrl(rendition: THUMB)
      }
    }
    assetWarnings {
      assetId
      reason
      title
    }
  }
`);

export const PostsQuery = graphql(`
  query Posts(
    $first: Int!
    $after: String
    $search: String
    $themeIds: [ID!]
    $channel: Channel
    $goal: Goal
    $targetGroup: TargetGroup
    $statuses: [PostStatus!]
    $language: Language
    $from: DateTime
    $until: DateTime
    $sort: PostSort
  ) {
    posts(
      first: $first
      after: $after
      search: $search
      themeIds: $themeIds
      channel: $channel
      goal: $goal
      targetGroup: $targetGroup
      statuses: $statuses
      language: $language
      from: $from
      until: $until
      sort: $sort
    ) {
      nodes {
        ...PostListFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CalendarQuery = graphql(`
  query Calendar($from: DateTime!, $until: DateTime!) {
    calendar(from: $from, until: $until) {
      posts {
        ...PostListFields
      }
      campaigns {
        ...ThemeFields
      }
    }
  }
`);

export const PostQuery = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostFields
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const UpdatePostMutation = graphql(`
  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      ...PostFields
    }
  }
`);

export const PublishPostMutation = graphql(`
  mutation PublishPost($id: ID!, $version: Int!) {
    publishPost(id: $id, version: $version) {
      ...PostFields
    }
  }
`);

export const SchedulePostMutation = graphql(`
  mutation SchedulePost($id: ID!, $version: Int!, $at: DateTime!) {
    schedulePost(id: $id, version: $version, at: $at) {
      ...PostFields
    }
  }
`);

export const UnschedulePostMutation = graphql(`
  mutation UnschedulePost($id: ID!, $version: Int!) {
    unschedulePost(id: $id, version: $version) {
      ...PostFields
    }
  }
`);

export const WithdrawPostMutation = graphql(`
  mutation WithdrawPost($id: ID!, $version: Int!, $reason: String!) {
    withdrawPost(id: $id, version: $version, reason: $reason) {
      ...PostFields
    }
  }
`);

export const ArchivePostMutation = graphql(`
  mutation ArchivePost($id: ID!, $version: Int!) {
    archivePost(id: $id, version: $version) {
      ...PostFields
    }
  }
`);

export const RestorePostToDraftMutation = graphql(`
  mutation RestorePostToDraft($id: ID!, $version: Int!) {
    restorePostToDraft(id: $id, version: $version) {
      ...PostFields
    }
  }
`);

export const DuplicatePostMutation = graphql(`
  mutation DuplicatePost($id: ID!) {
    duplicatePost(id: $id) {
      id
    }
  }
`);

export const PostRevisionsQuery = graphql(`
  query PostRevisions($id: ID!) {
    postRevisions(id: $id) {
      number
      action
      createdAt
      status
      title
    }
  }
`);

export const RestorePostRevisionMutation = graphql(`
  mutation RestorePostRevision($id: ID!, $version: Int!, $revision: Int!) {
    restorePostRevision(id: $id, version: $version, revision: $revision) {
      ...PostFields
    }
  }
`);

export const PreviewPostQuery = graphql(`
  query PreviewPost($id: ID!, $tenantId: ID!) {
    previewPost(id: $id, tenantId: $tenantId) {
      title
      body
      variants {
        ...VariantFields
      }
    }
  }
`);

export const ThemesQuery = graphql(`
  query Themes($activeOnly: Boolean!) {
    themes(activeOnly: $activeOnly) {
      ...ThemeFields
    }
  }
`);

export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: ThemeInput!) {
    createTheme(input: $input) {
      ...ThemeFields
    }
  }
`);

export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($id: ID!, $input: UpdateThemeInput!) {
    updateTheme(id: $id, input: $input) {
      ...ThemeFields
    }
  }
`);

export const PostUsageQuery = graphql(`
  query PostUsage($postId: ID!) {
    post(id: $postId) {
      id
      title
      status
      publishedAt
    }
    postUsage(postId: $postId) {
      libraryCount
      receipts {
        id
        channel
        libraryName
        publishedAt
        url
      }
    }
  }
`);

export const InactiveLibrariesQuery = graphql(`
  query InactiveLibraries($days: Int!) {
    inactiveLibraries(days: $days) {
      tenantId
      name
      lastUsedAt
    }
  }
`);

// Bulk import of posts (/berichten/importeren)
export const PostImportFields = graphql(`
  fragment PostImportFields on PostImport {
    id
    status
    format
    dryRun
    fileName
    size
    total
    processed
    imported
    updated
    unchanged
    skipped
    errorCount
    failure
    createdAt
    finishedAt
  }
`);

export const PostImportQuery = graphql(`
  query PostImport($id: ID!) {
    postImport(id: $id) {
      ...PostImportFields
      errors {
        line
        externalId
        field
        reason
        message
      }
    }
  }
`);

export const PostImportsQuery = graphql(`
  query PostImports($first: Int, $after: String) {
    postImports(first: $first, after: $after) {
      nodes {
        ...PostImportFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
