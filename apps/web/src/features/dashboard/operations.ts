import { graphql } from '../../gql';

export const ProgrammeDashboardQuery = graphql(`
  query ProgrammeDashboard($periodId: ID, $granularity: TrendGranularity!, $periods: Int!) {
    programmeDashboard(periodId: $periodId, granularity: $granularity, periods: $periods) {
      asOf
      granularity
      libraryCount
      period {
        id
        name
        startsOn
        targetDate
      }
      phases {
        phase
        target
        achieved
        inProgress
        notStarted
        percentOfTarget
        trend {
          periodStart
          achieved
          inProgress
        }
        forecast {
          pacePerPeriod
          requiredPacePerMonth
          forecastDate
          reached
          willMeetTarget
        }
      }
      provinces {
        province
        libraryCount
        phases {
          phase
          achieved
          inProgress
          notStarted
        }
      }
    }
    programmePeriods {
      id
      name
      startsOn
      targetDate
    }
  }
`);

export const ProgrammeLibrariesQuery = graphql(`
  query ProgrammeLibraries(
    $first: Int!
    $after: String
    $province: Province
    $phase: Phase
    $status: PhaseStatus
    $search: String
    $inactiveDays: Int
    $pendingOnly: Boolean!
    $sort: ProgrammeLibrarySort!
    $descending: Boolean!
  ) {
    programmeLibraries(
      first: $first
      after: $after
      province: $province
      phase: $phase
      status: $status
      search: $search
      inactiveDays: $inactiveDays
      pendingOnly: $pendingOnly
      sort: $sort
      descending: $descending
    ) {
      nodes {
        tenantId
        name
        province
        city
        trained
        professionallyPresent
        valueNetworks
        pendingReviews
        lastActivityAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const NetworkFiguresQuery = graphql(`
  query NetworkFigures($months: Int!, $inactiveDays: Int!) {
    programmeNetworkFigures(months: $months, inactiveDays: $inactiveDays, topPosts: 5) {
      postsUsedPerMonth {
        month
        uses
        libraries
      }
      topPosts {
        postId
        title
        uses
        libraries
      }
      librariesWithoutActivity
      submissions {
        submitted
        republished
        libraries
      }
      kpiReach {
        followers
        interactions
        shares
        websiteVisits
        libraries
      }
    }
  }
`);

export const ProgrammeCriteriaFields = graphql(`
  fragment ProgrammeCriteriaFields on ProgrammeCriteria {
    trainingMinVerified
    trainingDigitalVisionOnly
    presenceRequiresTrained
    presenceRequiresCompleteStrategy
    presenceRequiresPolicy
    presenceRequiresHouseStyle
    presenceMinActiveChannels
    presenceKpiWithinDays
    presenceMinKpiMeasurements
    networksRequiresPresent
    networksMinActive
    version
    updatedAt
  }
`);

export const ProgrammePeriodFields = graphql(`
  fragment ProgrammePeriodFields on ProgrammePeriod {
    id
    name
    startsOn
    targetDate
    targetTrained
    targetPresent
    targetNetworks
    version
  }
`);

export const ProgrammeSettingsQuery = graphql(`
  query ProgrammeSettings {
    programmeCriteria {
      ...ProgrammeCriteriaFields
    }
    programmePeriods {
      ...ProgrammePeriodFields
    }
  }
`);

export const UpdateProgrammeCriteriaMutation = graphql(`
  mutation UpdateProgrammeCriteria($input: CriteriaInput!, $version: Int!) {
    updateProgrammeCriteria(input: $input, version: $version) {
      changedStatuses
      criteria {
        ...ProgrammeCriteriaFields
      }
    }
  }
`);

export const SaveProgrammePeriodMutation = graphql(`
  mutation SaveProgrammePeriod($input: PeriodInput!, $id: ID, $version: Int) {
    saveProgrammePeriod(input: $input, id: $id, version: $version) {
      ...ProgrammePeriodFields
    }
  }
`);
