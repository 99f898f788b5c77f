import { graphql } from '../../gql';

export const LibraryProgrammeFields = graphql(`
  fragment LibraryProgrammeFields on LibraryProgramme {
    tenantId
    libraryName
    nextPhase
    pendingReviews
    phases {
      phase
      status
      since
      validUntil
      unmet {
        code
        message
      }
    }
    missingForNextPhase {
      code
      message
    }
    unregisteredProfileChannels {
      channel
      handle
    }
  }
`);

export const EvidenceFields = graphql(`
  fragment EvidenceFields on LibraryEvidence {
    tenantId
    trainings {
      id
      date
      module
      provider
      staffCount
      digitalVision
      certificateAssetId
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
    strategy {
      id
      versionNo
      complete
      missingSteps
      status
      version
      submittedAt
      reviewedAt
      reviewComment
      steps {
        onlineGoals
        offlineGoals
        mission
        targetGroups {
          group
          description
          mediaUse
        }
        socialGoals {
          goal
          description
          kpis {
            name
            metric
            target
          }
        }
        tactics {
          description
          channels
          measurementMethod
        }
      }
    }
    policies {
      id
      text
      url
      adoptedOn
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
    houseStyles {
      id
      applied
      appliedOn
      note
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
    channels {
      id
      channel
      handle
      url
      active
      activeSince
      endedOn
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
    networks {
      id
      name
      theme
      partners
      memberCount
      activities
      active
      startedOn
      endedOn
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
  }
`);

export const MyProgrammeQuery = graphql(`
  query MyProgramme {
    myProgramme {
      ...LibraryProgrammeFields
    }
    programmeEvidence {
      ...EvidenceFields
    }
  }
`);

export const LibraryProgrammeQuery = graphql(`
  query LibraryProgramme($tenantId: ID!) {
    libraryProgramme(tenantId: $tenantId) {
      ...LibraryProgrammeFields
    }
    programmeEvidence(tenantId: $tenantId) {
      ...EvidenceFields
    }
  }
`);

export const PhaseHistoryQuery = graphql(`
  query PhaseHistory($tenantId: ID, $first: Int!, $after: String) {
    phaseHistory(tenantId: $tenantId, first: $first, after: $after) {
      nodes {
        id
        phase
        fromStatus
        toStatus
        changedAt
        reason
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const KpiMeasurementsQuery = graphql(`
  query KpiMeasurements($tenantId: ID, $channelId: ID, $first: Int!, $after: String) {
    kpiMeasurements(tenantId: $tenantId, channelId: $channelId, first: $first, after: $after) {
      nodes {
        id
        channelId
        measuredOn
        followers
        posts
        interactions
        shares
        websiteVisits
        status
        version
        submittedAt
        reviewedAt
        reviewComment
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SaveTrainingMutation = graphql(`
  mutation SaveTraining($input: TrainingInput!, $id: ID, $version: Int) {
    saveTraining(input: $input, id: $id, version: $version) {
      id
      version
    }
  }
`);

export const SaveStrategyMutation = graphql(`
  mutation SaveStrategy($input: StrategyInput!, $baseVersion: Int!) {
    saveStrategy(input: $input, baseVersion: $baseVersion) {
      id
      versionNo
      complete
      missingSteps
    }
  }
`);

export const SavePolicyMutation = graphql(`
  mutation SavePolicy($input: PolicyInput!, $id: ID, $version: Int) {
    saveSocialMediaPolicy(input: $input, id: $id, version: $version) {
      id
      version
    }
  }
`);

export const SaveHouseStyleMutation = graphql(`
  mutation SaveHouseStyle($input: HouseStyleInput!, $id: ID, $version: Int) {
    saveHouseStyle(input: $input, id: $id, version: $version) {
      id
      version
    }
  }
`);

export const SaveChannelMutation = graphql(`
  mutation SaveProgrammeChannel($input: ChannelInput!, $id: ID, $version: Int) {
    saveProgrammeChannel(input: $input, id: $id, version: $version) {
      id
      version
    }
  }
`);

export const SaveKpiMeasurementMutation = graphql(`
  mutation SaveKpiMeasurement($input: KpiMeasurementInput!, $id: ID, $version: Int) {
    saveKpiMeasurement(input: $input, id: $id, version: $version) {
      id
      version
    }
  }
`);

export const SaveValueNetworkMutation = graphql(`
  mutation SaveValueNetwork($input: ValueNetworkInput!, $id: ID, $version: Int) {
    saveValueNetwork(input: $input, id: $id, version: $version) {
      id
      version
    }
  }
`);

export const DeleteEvidenceMutation = graphql(`
  mutation DeleteEvidence($kind: EvidenceKind!, $id: ID!, $version: Int!) {
    deleteEvidence(kind: $kind, id: $id, version: $version)
  }
`);

export const EvidenceQueueQuery = graphql(`
  query EvidenceQueue(
    $first: Int!
    $after: String
    $status: EvidenceStatus!
    $kind: EvidenceKind
    $tenantId: ID
  ) {
    evidenceQueue(first: $first, after: $after, status: $status, kind: $kind, tenantId: $tenantId) {
      nodes {
        id
        kind
        tenantId
        libraryName
        summary
        attachmentAssetId
        status
        version
        submittedAt
        reviewedAt
        reviewComment
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ReviewEvidenceMutation = graphql(`
  mutation ReviewEvidence($input: ReviewEvidenceInput!) {
    reviewEvidence(input: $input) {
      id
      status
      version
    }
  }
`);
