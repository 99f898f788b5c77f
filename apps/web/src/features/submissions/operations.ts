import { graphql } from '../../gql';

export const SubmissionListFields = graphql(`
  fragment SubmissionListFields on Submission {
    id
    title
    status
    libraryName
    tenantId
    themeId
    reviewerId
    submittedAt
    createdAt
    updatedAt
    version
  }
`);

export const SubmissionAssetFields = graphql(`
  fragment SubmissionAssetFields on SubmissionAsset {
    position
    altText
    altTextOverride
    centralAssetId
    file {
      number
      renditionsStatus
      url
      renditions {
        rendition
        url
      }
    }
    asset {
      id
      title
      kind
      altText
      unusableReason
      rights {
        owner
        creditLine
        portraitConsent
      }
    }
  }
`);

export const SubmissionFields = graphql(`
  fragment SubmissionFields on Submission {
    ...SubmissionListFields
    body
    goal
    language
    targetGroups
    localContext
    mayShare
    portraitConsent
    rightsNote
    decidedAt
    decisionReason
    postId
    variants {
      ...VariantFields
    }
    timeline {
      id
      at
      kind
      side
      fromStatus
      toStatus
      comment
    }
    assets {
      ...SubmissionAssetFields
    }
  }
`);

export const SubmissionsQuery = graphql(`
  query Submissions(
    $first: Int!
    $after: String
    $statuses: [SubmissionStatus!]
    $tenantId: ID
    $themeId: ID
    $minAgeDays: Int
    $reviewerId: ID
  ) {
    submissions(
      first: $first
      after: $after
      statuses: $statuses
      tenantId: $tenantId
      themeId: $themeId
      minAgeDays: $minAgeDays
      reviewerId: $reviewerId
    ) {
      nodes {
        ...SubmissionListFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SubmissionQuery = graphql(`
  query Submission($id: ID!) {
    submission(id: $id) {
      ...SubmissionFields
    }
  }
`);

export const CreateSubmissionMutation = graphql(`
  mutation CreateSubmission($input: SubmissionInput!, $submit: Boolean!, $idempotencyKey: String) {
    createSubmission(input: $input, submit: $submit, idempotencyKey: $idempotencyKey) {
      ...SubmissionFields
    }
  }
`);

export const UpdateSubmissionMutation = graphql(`
  mutation UpdateSubmission($id: ID!, $version: Int!, $input: SubmissionInput!) {
    updateSubmission(id: $id, version: $version, input: $input) {
      ...SubmissionFields
    }
  }
`);

export const SubmitSubmissionMutation = graphql(`
  mutation SubmitSubmission($id: ID!, $version: Int!) {
    submitSubmission(id: $id, version: $version) {
      ...SubmissionFields
    }
  }
`);

export const StartSubmissionReviewMutation = graphql(`
  mutation StartSubmissionReview($id: ID!, $version: Int!) {
    startSubmissionReview(id: $id, version: $version) {
      ...SubmissionFields
    }
  }
`);

export const RequestSubmissionChangesMutation = graphql(`
  mutation RequestSubmissionChanges($id: ID!, $version: Int!, $comment: String!) {
    requestSubmissionChanges(id: $id, version: $version, comment: $comment) {
      ...SubmissionFields
    }
  }
`);

export const RejectSubmissionMutation = graphql(`
  mutation RejectSubmission($id: ID!, $version: Int!, $comment: String!) {
    rejectSubmission(id: $id, version: $version, comment: $comment) {
      ...SubmissionFields
    }
  }
`);

export const ApproveSubmissionMutation = graphql(`
  mutation ApproveSubmission($id: ID!, $version: Int!, $comment: String) {
    approveSubmission(id: $id, version: $version, comment: $comment) {
      ...SubmissionFields
    }
  }
`);

export const AssignSubmissionMutation = graphql(`
  mutation AssignSubmission($id: ID!, $reviewerId: ID) {
    assignSubmission(id: $id, reviewerId: $reviewerId) {
      ...SubmissionFields
    }
  }
`);

export const CommentOnSubmissionMutation = graphql(`
  mutation CommentOnSubmission($id: ID!, $comment: String!) {
    commentOnSubmission(id: $id, comment: $comment) {
      ...SubmissionFields
    }
  }
`);
