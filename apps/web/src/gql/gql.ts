/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n': typeof types.ApiKeyFieldsFragmentDoc;
  '\n  query ApiKeys($tenantId: ID) {\n    apiKeys(tenantId: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  fragment AssetFields on Asset {\n    id\n    title\n    description\n    kind\n    altText\n    tags\n    ownerTenantId\n    createdAt\n    updatedAt\n    archivedAt\n    validFrom\n    validUntil\n    expiresAt\n    unusableReason\n    version\n    currentVersion\n    rights {\n      owner\n      licence\n      creditLine\n      portraitConsent\n      portraitConsentUntil\n    }\n    file {\n      mimeType\n      size\n      width\n      height\n      originalName\n      renditionsStatus\n    }\n    thumb: downloadUrl(rendition: THUMB)\n    preview: downloadUrl(rendition: PREVIEW)\n    original: downloadUrl(rendition: ORIGINAL)\n  }\n': typeof types.AssetFieldsFragmentDoc;
  '\n  query Assets(\n    $first: Int!\n    $after: String\n    $search: String\n    $kinds: [AssetKind!]\n    $scope: AssetScope!\n    $includeArchived: Boolean!\n  ) {\n    assets(\n      first: $first\n      after: $after\n      search: $search\n      kinds: $kinds\n      scope: $scope\n      includeArchived: $includeArchived\n    ) {\n      nodes {\n        ...AssetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.AssetsDocument;
  '\n  query Asset($id: ID!) {\n    asset(id: $id) {\n      ...AssetFields\n      versions {\n        number\n        createdAt\n        originalName\n        size\n        mimeType\n      }\n    }\n  }\n': typeof types.AssetDocument;
  '\n  query AssetUsage($assetId: ID!) {\n    assetUsage(assetId: $assetId) {\n      postId\n      postTitle\n      postStatus\n    }\n  }\n': typeof types.AssetUsageDocument;
  '\n  mutation FinalizeAssetUpload($input: FinalizeAssetUploadInput!) {\n    finalizeAssetUpload(input: $input) {\n      ...AssetFields\n    }\n  }\n': typeof types.FinalizeAssetUploadDocument;
  '\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetFields\n    }\n  }\n': typeof types.UpdateAssetDocument;
  '\n  mutation ArchiveAsset($id: ID!, $version: Int!) {\n    archiveAsset(id: $id, version: $version) {\n      ...AssetFields\n    }\n  }\n': typeof types.ArchiveAssetDocument;
  '\n  mutation UnarchiveAsset($id: ID!, $version: Int!) {\n    unarchiveAsset(id: $id, version: $version) {\n      ...AssetFields\n    }\n  }\n': typeof types.UnarchiveAssetDocument;
  '\n  mutation DeleteAsset($id: ID!, $version: Int!) {\n    deleteAsset(id: $id, version: $version)\n  }\n': typeof types.DeleteAssetDocument;
  '\n  mutation SetPostAssets($postId: ID!, $version: Int, $assets: [PostAssetInput!]!) {\n    setPostAssets(postId: $postId, version: $version, assets: $assets) {\n      id\n      version\n    }\n  }\n': typeof types.SetPostAssetsDocument;
  '\n  fragment BrandKitAssetFields on BrandKitAsset {\n    id\n    label\n    usage\n    section\n    asset {\n      id\n      title\n      kind\n      altText\n      file {\n        mimeType\n        originalName\n      }\n      thumb: downloadUrl(rendition: THUMB)\n      original: downloadUrl(rendition: ORIGINAL)\n    }\n  }\n': typeof types.BrandKitAssetFieldsFragmentDoc;
  '\n  query BrandKit {\n    brandKit {\n      colours {\n        id\n        name\n        hex\n        usage\n      }\n      logos {\n        ...BrandKitAssetFields\n      }\n      fonts {\n        ...BrandKitAssetFields\n      }\n      templates {\n        ...BrandKitAssetFields\n      }\n    }\n  }\n': typeof types.BrandKitDocument;
  '\n  mutation SetBrandKit($input: BrandKitInput!) {\n    setBrandKit(input: $input) {\n      colours {\n        id\n      }\n    }\n  }\n': typeof types.SetBrandKitDocument;
  '\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    lastLoginAt\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n': typeof types.CurrentUserFieldsFragmentDoc;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n': typeof types.ChangePasswordDocument;
  '\n  fragment ThemeFields on Theme {\n    id\n    slug\n    name\n    kind\n    colour\n    description\n    active\n    periodStart\n    periodEnd\n    recursYearly\n    version\n  }\n': typeof types.ThemeFieldsFragmentDoc;
  '\n  fragment VariantFields on PostVariant {\n    channel\n    text\n    hashtags\n    link\n    callToAction\n    length\n    maxLength\n  }\n': typeof types.VariantFieldsFragmentDoc;
  '\n  fragment PostListFields on Post {\n    id\n    title\n    status\n    language\n    goal\n    targetGroups\n    suggestedPublishAt\n    updatedAt\n    attribution\n    theme {\n      id\n      name\n      colour\n      kind\n    }\n    variants {\n      channel\n    }\n  }\n': typeof types.PostListFieldsFragmentDoc;
  '\n  fragment PostFields on Post {\n    id\n    title\n    body\n    status\n    source\n    attribution\n    language\n    goal\n    targetGroups\n    tags\n    availableFrom\n    availableUntil\n    suggestedPublishAt\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    withdrawalReason\n    createdAt\n    updatedAt\n    version\n    theme {\n      id\n      name\n    }\n    variants {\n      ...VariantFields\n    }\n    assets {\n      position\n      altText\n      altTextOverride\n      asset {\n        id\n        title\n        kind\n        altText\n        thumb: downloadUrl(rendition: THUMB)\n      }\n    }\n    assetWarnings {\n      assetId\n      reason\n      title\n    }\n  }\n': typeof types.PostFieldsFragmentDoc;
  '\n  query Posts(\n    $first: Int!\n    $after: String\n    $search: String\n    $themeIds: [ID!]\n    $channel: Channel\n    $goal: Goal\n    $targetGroup: TargetGroup\n    $statuses: [PostStatus!]\n    $language: Language\n    $from: DateTime\n    $until: DateTime\n    $sort: PostSort\n  ) {\n    posts(\n      first: $first\n      after: $after\n      search: $search\n      themeIds: $themeIds\n      channel: $channel\n      goal: $goal\n      targetGroup: $targetGroup\n      statuses: $statuses\n      language: $language\n      from: $from\n      until: $until\n      sort: $sort\n    ) {\n      nodes {\n        ...PostListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.PostsDocument;
  '\n  query Calendar($from: DateTime!, $until: DateTime!) {\n    calendar(from: $from, until: $until) {\n      posts {\n        ...PostListFields\n      }\n      campaigns {\n        ...ThemeFields\n      }\n    }\n  }\n': typeof types.CalendarDocument;
  '\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n': typeof types.PostDocument;
  '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n': typeof types.CreatePostDocument;
  '\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostFields\n    }\n  }\n': typeof types.UpdatePostDocument;
  '\n  mutation PublishPost($id: ID!, $version: Int!) {\n    publishPost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n': typeof types.PublishPostDocument;
  '\n  mutation SchedulePost($id: ID!, $version: Int!, $at: DateTime!) {\n    schedulePost(id: $id, version: $version, at: $at) {\n      ...PostFields\n    }\n  }\n': typeof types.SchedulePostDocument;
  '\n  mutation UnschedulePost($id: ID!, $version: Int!) {\n    unschedulePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n': typeof types.UnschedulePostDocument;
  '\n  mutation WithdrawPost($id: ID!, $version: Int!, $reason: String!) {\n    withdrawPost(id: $id, version: $version, reason: $reason) {\n      ...PostFields\n    }\n  }\n': typeof types.WithdrawPostDocument;
  '\n  mutation ArchivePost($id: ID!, $version: Int!) {\n    archivePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n': typeof types.ArchivePostDocument;
  '\n  mutation RestorePostToDraft($id: ID!, $version: Int!) {\n    restorePostToDraft(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n': typeof types.RestorePostToDraftDocument;
  '\n  mutation DuplicatePost($id: ID!) {\n    duplicatePost(id: $id) {\n      id\n    }\n  }\n': typeof types.DuplicatePostDocument;
  '\n  query PostRevisions($id: ID!) {\n    postRevisions(id: $id) {\n      number\n      action\n      createdAt\n      status\n      title\n    }\n  }\n': typeof types.PostRevisionsDocument;
  '\n  mutation RestorePostRevision($id: ID!, $version: Int!, $revision: Int!) {\n    restorePostRevision(id: $id, version: $version, revision: $revision) {\n      ...PostFields\n    }\n  }\n': typeof types.RestorePostRevisionDocument;
  '\n  query PreviewPost($id: ID!, $tenantId: ID!) {\n    previewPost(id: $id, tenantId: $tenantId) {\n      title\n      body\n      variants {\n        ...VariantFields\n      }\n    }\n  }\n': typeof types.PreviewPostDocument;
  '\n  query Themes($activeOnly: Boolean!) {\n    themes(activeOnly: $activeOnly) {\n      ...ThemeFields\n    }\n  }\n': typeof types.ThemesDocument;
  '\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n': typeof types.CreateThemeDocument;
  '\n  mutation UpdateTheme($id: ID!, $input: UpdateThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      ...ThemeFields\n    }\n  }\n': typeof types.UpdateThemeDocument;
  '\n  query PostUsage($postId: ID!) {\n    post(id: $postId) {\n      id\n      title\n      status\n      publishedAt\n    }\n    postUsage(postId: $postId) {\n      libraryCount\n      receipts {\n        id\n        channel\n        libraryName\n        publishedAt\n        url\n      }\n    }\n  }\n': typeof types.PostUsageDocument;
  '\n  query InactiveLibraries($days: Int!) {\n    inactiveLibraries(days: $days) {\n      tenantId\n      name\n      lastUsedAt\n    }\n  }\n': typeof types.InactiveLibrariesDocument;
  '\n  fragment PostImportFields on PostImport {\n    id\n    status\n    format\n    dryRun\n    fileName\n    size\n    total\n    processed\n    imported\n    updated\n    unchanged\n    skipped\n    errorCount\n    failure\n    createdAt\n    finishedAt\n  }\n': typeof types.PostImportFieldsFragmentDoc;
  '\n  query PostImport($id: ID!) {\n    postImport(id: $id) {\n      ...PostImportFields\n      errors {\n        line\n        externalId\n        field\n        reason\n        message\n      }\n    }\n  }\n': typeof types.PostImportDocument;
  '\n  query PostImports($first: Int, $after: String) {\n    postImports(first: $first, after: $after) {\n      nodes {\n        ...PostImportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PostImportsDocument;
  '\n  query ProgrammeDashboard($periodId: ID, $granularity: TrendGranularity!, $periods: Int!) {\n    programmeDashboard(periodId: $periodId, granularity: $granularity, periods: $periods) {\n      asOf\n      granularity\n      libraryCount\n      period {\n        id\n        name\n        startsOn\n        targetDate\n      }\n      phases {\n        phase\n        target\n        achieved\n        inProgress\n        notStarted\n        percentOfTarget\n        trend {\n          periodStart\n          achieved\n          inProgress\n        }\n        forecast {\n          pacePerPeriod\n          requiredPacePerMonth\n          forecastDate\n          reached\n          willMeetTarget\n        }\n      }\n      provinces {\n        province\n        libraryCount\n        phases {\n          phase\n          achieved\n          inProgress\n          notStarted\n        }\n      }\n    }\n    programmePeriods {\n      id\n      name\n      startsOn\n      targetDate\n    }\n  }\n': typeof types.ProgrammeDashboardDocument;
  '\n  query ProgrammeLibraries(\n    $first: Int!\n    $after: String\n    $province: Province\n    $phase: Phase\n    $status: PhaseStatus\n    $search: String\n    $inactiveDays: Int\n    $pendingOnly: Boolean!\n    $sort: ProgrammeLibrarySort!\n    $descending: Boolean!\n  ) {\n    programmeLibraries(\n      first: $first\n      after: $after\n      province: $province\n      phase: $phase\n      status: $status\n      search: $search\n      inactiveDays: $inactiveDays\n      pendingOnly: $pendingOnly\n      sort: $sort\n      descending: $descending\n    ) {\n      nodes {\n        tenantId\n        name\n        province\n        city\n        trained\n        professionallyPresent\n        valueNetworks\n        pendingReviews\n        lastActivityAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ProgrammeLibrariesDocument;
  '\n  query NetworkFigures($months: Int!, $inactiveDays: Int!) {\n    programmeNetworkFigures(months: $months, inactiveDays: $inactiveDays, topPosts: 5) {\n      postsUsedPerMonth {\n        month\n        uses\n        libraries\n      }\n      topPosts {\n        postId\n        title\n        uses\n        libraries\n      }\n      librariesWithoutActivity\n      submissions {\n        submitted\n        republished\n        libraries\n      }\n      kpiReach {\n        followers\n        interactions\n        shares\n        websiteVisits\n        libraries\n      }\n    }\n  }\n': typeof types.NetworkFiguresDocument;
  '\n  fragment ProgrammeCriteriaFields on ProgrammeCriteria {\n    trainingMinVerified\n    trainingDigitalVisionOnly\n    presenceRequiresTrained\n    presenceRequiresCompleteStrategy\n    presenceRequiresPolicy\n    presenceRequiresHouseStyle\n    presenceMinActiveChannels\n    presenceKpiWithinDays\n    presenceMinKpiMeasurements\n    networksRequiresPresent\n    networksMinActive\n    version\n    updatedAt\n  }\n': typeof types.ProgrammeCriteriaFieldsFragmentDoc;
  '\n  fragment ProgrammePeriodFields on ProgrammePeriod {\n    id\n    name\n    startsOn\n    targetDate\n    targetTrained\n    targetPresent\n    targetNetworks\n    version\n  }\n': typeof types.ProgrammePeriodFieldsFragmentDoc;
  '\n  query ProgrammeSettings {\n    programmeCriteria {\n      ...ProgrammeCriteriaFields\n    }\n    programmePeriods {\n      ...ProgrammePeriodFields\n    }\n  }\n': typeof types.ProgrammeSettingsDocument;
  '\n  mutation UpdateProgrammeCriteria($input: CriteriaInput!, $version: Int!) {\n    updateProgrammeCriteria(input: $input, version: $version) {\n      changedStatuses\n      criteria {\n        ...ProgrammeCriteriaFields\n      }\n    }\n  }\n': typeof types.UpdateProgrammeCriteriaDocument;
  '\n  mutation SaveProgrammePeriod($input: PeriodInput!, $id: ID, $version: Int) {\n    saveProgrammePeriod(input: $input, id: $id, version: $version) {\n      ...ProgrammePeriodFields\n    }\n  }\n': typeof types.SaveProgrammePeriodDocument;
  '\n  fragment FeedItemFields on FeedItem {\n    id\n    title\n    body\n    attribution\n    language\n    goal\n    targetGroups\n    publishedAt\n    availableUntil\n    overridden\n    upstreamChanges {\n      field\n    }\n    theme {\n      id\n      name\n      colour\n    }\n    variants {\n      ...VariantFields\n    }\n    assets {\n      id\n      kind\n      title\n      altText\n      files {\n        rendition\n        url\n        mimeType\n        width\n        height\n      }\n    }\n  }\n': typeof types.FeedItemFieldsFragmentDoc;
  '\n  query Feed(\n    $first: Int!\n    $after: String\n    $search: String\n    $channel: Channel\n    $goal: Goal\n    $targetGroup: TargetGroup\n    $language: Language\n  ) {\n    feed(\n      first: $first\n      after: $after\n      search: $search\n      channel: $channel\n      goal: $goal\n      targetGroup: $targetGroup\n      language: $language\n    ) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.FeedDocument;
  '\n  fragment FeedSubscriptionFields on FeedSubscription {\n    channels\n    themeIds\n    lastVisitAt\n    newSinceLastVisit\n  }\n': typeof types.FeedSubscriptionFieldsFragmentDoc;
  '\n  query FeedSubscription {\n    feedSubscription {\n      ...FeedSubscriptionFields\n    }\n    themes(activeOnly: true) {\n      id\n      name\n      kind\n      description\n    }\n  }\n': typeof types.FeedSubscriptionDocument;
  '\n  mutation UpdateFeedSubscription($channels: [Channel!]!, $themeIds: [ID!]!) {\n    updateFeedSubscription(channels: $channels, themeIds: $themeIds) {\n      ...FeedSubscriptionFields\n    }\n  }\n': typeof types.UpdateFeedSubscriptionDocument;
  '\n  mutation MarkFeedVisited {\n    markFeedVisited {\n      ...FeedSubscriptionFields\n    }\n  }\n': typeof types.MarkFeedVisitedDocument;
  '\n  mutation MarkPostUsed($postId: ID!, $channel: Channel!, $publishedAt: DateTime!, $url: String) {\n    markPostUsed(postId: $postId, channel: $channel, publishedAt: $publishedAt, url: $url) {\n      id\n      postId\n      channel\n      publishedAt\n      url\n    }\n  }\n': typeof types.MarkPostUsedDocument;
  '\n  query MyUsage {\n    myUsage(first: 100) {\n      nodes {\n        id\n        postId\n        channel\n      }\n    }\n  }\n': typeof types.MyUsageDocument;
  '\n  fragment PostOverrideFields on PostOverride {\n    postId\n    version\n    updatedAt\n    fields {\n      field\n      local\n      upstream\n    }\n    upstreamChanges {\n      field\n      before\n      after\n    }\n  }\n': typeof types.PostOverrideFieldsFragmentDoc;
  '\n  query PostOverride($postId: ID!) {\n    post(id: $postId) {\n      id\n      title\n      body\n      variants {\n        channel\n        text\n        hashtags\n        link\n        callToAction\n      }\n    }\n    postOverride(postId: $postId) {\n      ...PostOverrideFields\n    }\n  }\n': typeof types.PostOverrideDocument;
  '\n  mutation SetPostOverride($postId: ID!, $input: PostOverrideInput!) {\n    setPostOverride(postId: $postId, input: $input) {\n      ...PostOverrideFields\n    }\n  }\n': typeof types.SetPostOverrideDocument;
  '\n  mutation ClearPostOverride($postId: ID!, $fields: [String!]!, $version: Int) {\n    clearPostOverride(postId: $postId, fields: $fields, version: $version) {\n      ...PostOverrideFields\n    }\n  }\n': typeof types.ClearPostOverrideDocument;
  '\n  mutation ResolveUpstreamChanges($postId: ID!, $decisions: [UpstreamDecisionInput!]!, $version: Int) {\n    resolveUpstreamChanges(postId: $postId, decisions: $decisions, version: $version) {\n      ...PostOverrideFields\n    }\n  }\n': typeof types.ResolveUpstreamChangesDocument;
  '\n  query FeedLinks {\n    feedLinks {\n      channel\n      rss\n      atom\n    }\n  }\n': typeof types.FeedLinksDocument;
  '\n  mutation RotateFeedToken {\n    rotateFeedToken {\n      channel\n      rss\n      atom\n    }\n  }\n': typeof types.RotateFeedTokenDocument;
  '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n': typeof types.WebhookEndpointFieldsFragmentDoc;
  '\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n': typeof types.WebhookEndpointsDocument;
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n': typeof types.CreateWebhookEndpointDocument;
  '\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n': typeof types.UpdateWebhookEndpointDocument;
  '\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n': typeof types.DeleteWebhookEndpointDocument;
  '\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n': typeof types.PingWebhookEndpointDocument;
  '\n  query WebhookDeliveries($first: Int!, $after: String, $endpointId: ID) {\n    webhookDeliveries(first: $first, after: $after, endpointId: $endpointId) {\n      nodes {\n        id\n        endpointId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      submissionId\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  fragment LibraryProgrammeFields on LibraryProgramme {\n    tenantId\n    libraryName\n    nextPhase\n    pendingReviews\n    phases {\n      phase\n      status\n      since\n      validUntil\n      unmet {\n        code\n        message\n      }\n    }\n    missingForNextPhase {\n      code\n      message\n    }\n    unregisteredProfileChannels {\n      channel\n      handle\n    }\n  }\n': typeof types.LibraryProgrammeFieldsFragmentDoc;
  '\n  fragment EvidenceFields on LibraryEvidence {\n    tenantId\n    trainings {\n      id\n      date\n      module\n      provider\n      staffCount\n      digitalVision\n      certificateAssetId\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    strategy {\n      id\n      versionNo\n      complete\n      missingSteps\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n      steps {\n        onlineGoals\n        offlineGoals\n        mission\n        targetGroups {\n          group\n          description\n          mediaUse\n        }\n        socialGoals {\n          goal\n          description\n          kpis {\n            name\n            metric\n            target\n          }\n        }\n        tactics {\n          description\n          channels\n          measurementMethod\n        }\n      }\n    }\n    policies {\n      id\n      text\n      url\n      adoptedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    houseStyles {\n      id\n      applied\n      appliedOn\n      note\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    channels {\n      id\n      channel\n      handle\n      url\n      active\n      activeSince\n      endedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    networks {\n      id\n      name\n      theme\n      partners\n      memberCount\n      activities\n      active\n      startedOn\n      endedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n  }\n': typeof types.EvidenceFieldsFragmentDoc;
  '\n  query MyProgramme {\n    myProgramme {\n      ...LibraryProgrammeFields\n    }\n    programmeEvidence {\n      ...EvidenceFields\n    }\n  }\n': typeof types.MyProgrammeDocument;
  '\n  query LibraryProgramme($tenantId: ID!) {\n    libraryProgramme(tenantId: $tenantId) {\n      ...LibraryProgrammeFields\n    }\n    programmeEvidence(tenantId: $tenantId) {\n      ...EvidenceFields\n    }\n  }\n': typeof types.LibraryProgrammeDocument;
  '\n  query PhaseHistory($tenantId: ID, $first: Int!, $after: String) {\n    phaseHistory(tenantId: $tenantId, first: $first, after: $after) {\n      nodes {\n        id\n        phase\n        fromStatus\n        toStatus\n        changedAt\n        reason\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.PhaseHistoryDocument;
  '\n  query KpiMeasurements($tenantId: ID, $channelId: ID, $first: Int!, $after: String) {\n    kpiMeasurements(tenantId: $tenantId, channelId: $channelId, first: $first, after: $after) {\n      nodes {\n        id\n        channelId\n        measuredOn\n        followers\n        posts\n        interactions\n        shares\n        websiteVisits\n        status\n        version\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.KpiMeasurementsDocument;
  '\n  mutation SaveTraining($input: TrainingInput!, $id: ID, $version: Int) {\n    saveTraining(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.SaveTrainingDocument;
  '\n  mutation SaveStrategy($input: StrategyInput!, $baseVersion: Int!) {\n    saveStrategy(input: $input, baseVersion: $baseVersion) {\n      id\n      versionNo\n      complete\n      missingSteps\n    }\n  }\n': typeof types.SaveStrategyDocument;
  '\n  mutation SavePolicy($input: PolicyInput!, $id: ID, $version: Int) {\n    saveSocialMediaPolicy(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.SavePolicyDocument;
  '\n  mutation SaveHouseStyle($input: HouseStyleInput!, $id: ID, $version: Int) {\n    saveHouseStyle(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.SaveHouseStyleDocument;
  '\n  mutation SaveProgrammeChannel($input: ChannelInput!, $id: ID, $version: Int) {\n    saveProgrammeChannel(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.SaveProgrammeChannelDocument;
  '\n  mutation SaveKpiMeasurement($input: KpiMeasurementInput!, $id: ID, $version: Int) {\n    saveKpiMeasurement(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.SaveKpiMeasurementDocument;
  '\n  mutation SaveValueNetwork($input: ValueNetworkInput!, $id: ID, $version: Int) {\n    saveValueNetwork(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n': typeof types.SaveValueNetworkDocument;
  '\n  mutation DeleteEvidence($kind: EvidenceKind!, $id: ID!, $version: Int!) {\n    deleteEvidence(kind: $kind, id: $id, version: $version)\n  }\n': typeof types.DeleteEvidenceDocument;
  '\n  query EvidenceQueue(\n    $first: Int!\n    $after: String\n    $status: EvidenceStatus!\n    $kind: EvidenceKind\n    $tenantId: ID\n  ) {\n    evidenceQueue(first: $first, after: $after, status: $status, kind: $kind, tenantId: $tenantId) {\n      nodes {\n        id\n        kind\n        tenantId\n        libraryName\n        summary\n        attachmentAssetId\n        status\n        version\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.EvidenceQueueDocument;
  '\n  mutation ReviewEvidence($input: ReviewEvidenceInput!) {\n    reviewEvidence(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.ReviewEvidenceDocument;
  '\n  fragment SubmissionListFields on Submission {\n    id\n    title\n    status\n    libraryName\n    tenantId\n    themeId\n    reviewerId\n    submittedAt\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.SubmissionListFieldsFragmentDoc;
  '\n  fragment SubmissionAssetFields on SubmissionAsset {\n    position\n    altText\n    altTextOverride\n    centralAssetId\n    file {\n      number\n      renditionsStatus\n      url\n      renditions {\n        rendition\n        url\n      }\n    }\n    asset {\n      id\n      title\n      kind\n      altText\n      unusableReason\n      rights {\n        owner\n        creditLine\n        portraitConsent\n      }\n    }\n  }\n': typeof types.SubmissionAssetFieldsFragmentDoc;
  '\n  fragment SubmissionFields on Submission {\n    ...SubmissionListFields\n    body\n    goal\n    language\n    targetGroups\n    localContext\n    mayShare\n    portraitConsent\n    rightsNote\n    decidedAt\n    decisionReason\n    postId\n    variants {\n      ...VariantFields\n    }\n    timeline {\n      id\n      at\n      kind\n      side\n      fromStatus\n      toStatus\n      comment\n    }\n    assets {\n      ...SubmissionAssetFields\n    }\n  }\n': typeof types.SubmissionFieldsFragmentDoc;
  '\n  query Submissions(\n    $first: Int!\n    $after: String\n    $statuses: [SubmissionStatus!]\n    $tenantId: ID\n    $themeId: ID\n    $minAgeDays: Int\n    $reviewerId: ID\n  ) {\n    submissions(\n      first: $first\n      after: $after\n      statuses: $statuses\n      tenantId: $tenantId\n      themeId: $themeId\n      minAgeDays: $minAgeDays\n      reviewerId: $reviewerId\n    ) {\n      nodes {\n        ...SubmissionListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.SubmissionsDocument;
  '\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.SubmissionDocument;
  '\n  mutation CreateSubmission($input: SubmissionInput!, $submit: Boolean!, $idempotencyKey: String) {\n    createSubmission(input: $input, submit: $submit, idempotencyKey: $idempotencyKey) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.CreateSubmissionDocument;
  '\n  mutation UpdateSubmission($id: ID!, $version: Int!, $input: SubmissionInput!) {\n    updateSubmission(id: $id, version: $version, input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.UpdateSubmissionDocument;
  '\n  mutation SubmitSubmission($id: ID!, $version: Int!) {\n    submitSubmission(id: $id, version: $version) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.SubmitSubmissionDocument;
  '\n  mutation StartSubmissionReview($id: ID!, $version: Int!) {\n    startSubmissionReview(id: $id, version: $version) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.StartSubmissionReviewDocument;
  '\n  mutation RequestSubmissionChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestSubmissionChanges(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.RequestSubmissionChangesDocument;
  '\n  mutation RejectSubmission($id: ID!, $version: Int!, $comment: String!) {\n    rejectSubmission(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.RejectSubmissionDocument;
  '\n  mutation ApproveSubmission($id: ID!, $version: Int!, $comment: String) {\n    approveSubmission(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ApproveSubmissionDocument;
  '\n  mutation AssignSubmission($id: ID!, $reviewerId: ID) {\n    assignSubmission(id: $id, reviewerId: $reviewerId) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.AssignSubmissionDocument;
  '\n  mutation CommentOnSubmission($id: ID!, $comment: String!) {\n    commentOnSubmission(id: $id, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.CommentOnSubmissionDocument;
  '\n  fragment TenantListFields on Tenant {\n    id\n    slug\n    name\n    city\n    province\n    branchCount\n    active\n  }\n': typeof types.TenantListFieldsFragmentDoc;
  '\n  query Tenants(\n    $first: Int!\n    $after: String\n    $search: String\n    $province: Province\n    $active: Boolean\n    $kind: TenantKind\n  ) {\n    tenants(\n      first: $first\n      after: $after\n      search: $search\n      province: $province\n      active: $active\n      kind: $kind\n    ) {\n      nodes {\n        ...TenantListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.TenantsDocument;
  '\n  query LibraryOptions($after: String) {\n    tenants(first: 100, after: $after, kind: LIBRARY) {\n      nodes {\n        id\n        slug\n        name\n        active\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.LibraryOptionsDocument;
  '\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    kind\n    province\n    city\n    displayName\n    website\n    phone\n    openingHoursUrl\n    catalogueUrl\n    contactEmail\n    branchCount\n    channels {\n      channel\n      handle\n      url\n    }\n    active\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.TenantFieldsFragmentDoc;
  '\n  query Tenant($slug: String!) {\n    tenant(slug: $slug) {\n      ...TenantFields\n    }\n  }\n': typeof types.TenantDocument;
  '\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n': typeof types.CreateTenantDocument;
  '\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n': typeof types.UpdateTenantDocument;
  '\n  mutation UpdateTenantProfile($input: UpdateTenantProfileInput!) {\n    updateTenantProfile(input: $input) {\n      ...TenantFields\n    }\n  }\n': typeof types.UpdateTenantProfileDocument;
  '\n  mutation DeactivateTenant($id: ID!) {\n    deactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n': typeof types.DeactivateTenantDocument;
  '\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n': typeof types.ReactivateTenantDocument;
  '\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    disabled\n    lastLoginAt\n    createdAt\n    version\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $tenantId: ID) {\n    users(first: $first, after: $after, search: $search, role: $role, tenantId: $tenantId) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.UserDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.DisableUserDocument;
  '\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n': typeof types.EnableUserDocument;
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n': typeof types.RefreshSessionDocument;
};
const documents: Documents = {
  '\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n':
    types.ApiKeyFieldsFragmentDoc,
  '\n  query ApiKeys($tenantId: ID) {\n    apiKeys(tenantId: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  fragment AssetFields on Asset {\n    id\n    title\n    description\n    kind\n    altText\n    tags\n    ownerTenantId\n    createdAt\n    updatedAt\n    archivedAt\n    validFrom\n    validUntil\n    expiresAt\n    unusableReason\n    version\n    currentVersion\n    rights {\n      owner\n      licence\n      creditLine\n      portraitConsent\n      portraitConsentUntil\n    }\n    file {\n      mimeType\n      size\n      width\n      height\n      originalName\n      renditionsStatus\n    }\n    thumb: downloadUrl(rendition: THUMB)\n    preview: downloadUrl(rendition: PREVIEW)\n    original: downloadUrl(rendition: ORIGINAL)\n  }\n':
    types.AssetFieldsFragmentDoc,
  '\n  query Assets(\n    $first: Int!\n    $after: String\n    $search: String\n    $kinds: [AssetKind!]\n    $scope: AssetScope!\n    $includeArchived: Boolean!\n  ) {\n    assets(\n      first: $first\n      after: $after\n      search: $search\n      kinds: $kinds\n      scope: $scope\n      includeArchived: $includeArchived\n    ) {\n      nodes {\n        ...AssetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.AssetsDocument,
  '\n  query Asset($id: ID!) {\n    asset(id: $id) {\n      ...AssetFields\n      versions {\n        number\n        createdAt\n        originalName\n        size\n        mimeType\n      }\n    }\n  }\n':
    types.AssetDocument,
  '\n  query AssetUsage($assetId: ID!) {\n    assetUsage(assetId: $assetId) {\n      postId\n      postTitle\n      postStatus\n    }\n  }\n':
    types.AssetUsageDocument,
  '\n  mutation FinalizeAssetUpload($input: FinalizeAssetUploadInput!) {\n    finalizeAssetUpload(input: $input) {\n      ...AssetFields\n    }\n  }\n':
    types.FinalizeAssetUploadDocument,
  '\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetFields\n    }\n  }\n':
    types.UpdateAssetDocument,
  '\n  mutation ArchiveAsset($id: ID!, $version: Int!) {\n    archiveAsset(id: $id, version: $version) {\n      ...AssetFields\n    }\n  }\n':
    types.ArchiveAssetDocument,
  '\n  mutation UnarchiveAsset($id: ID!, $version: Int!) {\n    unarchiveAsset(id: $id, version: $version) {\n      ...AssetFields\n    }\n  }\n':
    types.UnarchiveAssetDocument,
  '\n  mutation DeleteAsset($id: ID!, $version: Int!) {\n    deleteAsset(id: $id, version: $version)\n  }\n':
    types.DeleteAssetDocument,
  '\n  mutation SetPostAssets($postId: ID!, $version: Int, $assets: [PostAssetInput!]!) {\n    setPostAssets(postId: $postId, version: $version, assets: $assets) {\n      id\n      version\n    }\n  }\n':
    types.SetPostAssetsDocument,
  '\n  fragment BrandKitAssetFields on BrandKitAsset {\n    id\n    label\n    usage\n    section\n    asset {\n      id\n      title\n      kind\n      altText\n      file {\n        mimeType\n        originalName\n      }\n      thumb: downloadUrl(rendition: THUMB)\n      original: downloadUrl(rendition: ORIGINAL)\n    }\n  }\n':
    types.BrandKitAssetFieldsFragmentDoc,
  '\n  query BrandKit {\n    brandKit {\n      colours {\n        id\n        name\n        hex\n        usage\n      }\n      logos {\n        ...BrandKitAssetFields\n      }\n      fonts {\n        ...BrandKitAssetFields\n      }\n      templates {\n        ...BrandKitAssetFields\n      }\n    }\n  }\n':
    types.BrandKitDocument,
  '\n  mutation SetBrandKit($input: BrandKitInput!) {\n    setBrandKit(input: $input) {\n      colours {\n        id\n      }\n    }\n  }\n':
    types.SetBrandKitDocument,
  '\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    lastLoginAt\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n':
    types.CurrentUserFieldsFragmentDoc,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n':
    types.ChangePasswordDocument,
  '\n  fragment ThemeFields on Theme {\n    id\n    slug\n    name\n    kind\n    colour\n    description\n    active\n    periodStart\n    periodEnd\n    recursYearly\n    version\n  }\n':
    types.ThemeFieldsFragmentDoc,
  '\n  fragment VariantFields on PostVariant {\n    channel\n    text\n    hashtags\n    link\n    callToAction\n    length\n    maxLength\n  }\n':
    types.VariantFieldsFragmentDoc,
  '\n  fragment PostListFields on Post {\n    id\n    title\n    status\n    language\n    goal\n    targetGroups\n    suggestedPublishAt\n    updatedAt\n    attribution\n    theme {\n      id\n      name\n      colour\n      kind\n    }\n    variants {\n      channel\n    }\n  }\n':
    types.PostListFieldsFragmentDoc,
  '\n  fragment PostFields on Post {\n    id\n    title\n    body\n    status\n    source\n    attribution\n    language\n    goal\n    targetGroups\n    tags\n    availableFrom\n    availableUntil\n    suggestedPublishAt\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    withdrawalReason\n    createdAt\n    updatedAt\n    version\n    theme {\n      id\n      name\n    }\n    variants {\n      ...VariantFields\n    }\n    assets {\n      position\n      altText\n      altTextOverride\n      asset {\n        id\n        title\n        kind\n        altText\n        thumb: downloadUrl(rendition: THUMB)\n      }\n    }\n    assetWarnings {\n      assetId\n      reason\n      title\n    }\n  }\n':
    types.PostFieldsFragmentDoc,
  '\n  query Posts(\n    $first: Int!\n    $after: String\n    $search: String\n    $themeIds: [ID!]\n    $channel: Channel\n    $goal: Goal\n    $targetGroup: TargetGroup\n    $statuses: [PostStatus!]\n    $language: Language\n    $from: DateTime\n    $until: DateTime\n    $sort: PostSort\n  ) {\n    posts(\n      first: $first\n      after: $after\n      search: $search\n      themeIds: $themeIds\n      channel: $channel\n      goal: $goal\n      targetGroup: $targetGroup\n      statuses: $statuses\n      language: $language\n      from: $from\n      until: $until\n      sort: $sort\n    ) {\n      nodes {\n        ...PostListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.PostsDocument,
  '\n  query Calendar($from: DateTime!, $until: DateTime!) {\n    calendar(from: $from, until: $until) {\n      posts {\n        ...PostListFields\n      }\n      campaigns {\n        ...ThemeFields\n      }\n    }\n  }\n':
    types.CalendarDocument,
  '\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n': types.PostDocument,
  '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n':
    types.CreatePostDocument,
  '\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostFields\n    }\n  }\n':
    types.UpdatePostDocument,
  '\n  mutation PublishPost($id: ID!, $version: Int!) {\n    publishPost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n':
    types.PublishPostDocument,
  '\n  mutation SchedulePost($id: ID!, $version: Int!, $at: DateTime!) {\n    schedulePost(id: $id, version: $version, at: $at) {\n      ...PostFields\n    }\n  }\n':
    types.SchedulePostDocument,
  '\n  mutation UnschedulePost($id: ID!, $version: Int!) {\n    unschedulePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n':
    types.UnschedulePostDocument,
  '\n  mutation WithdrawPost($id: ID!, $version: Int!, $reason: String!) {\n    withdrawPost(id: $id, version: $version, reason: $reason) {\n      ...PostFields\n    }\n  }\n':
    types.WithdrawPostDocument,
  '\n  mutation ArchivePost($id: ID!, $version: Int!) {\n    archivePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n':
    types.ArchivePostDocument,
  '\n  mutation RestorePostToDraft($id: ID!, $version: Int!) {\n    restorePostToDraft(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n':
    types.RestorePostToDraftDocument,
  '\n  mutation DuplicatePost($id: ID!) {\n    duplicatePost(id: $id) {\n      id\n    }\n  }\n':
    types.DuplicatePostDocument,
  '\n  query PostRevisions($id: ID!) {\n    postRevisions(id: $id) {\n      number\n      action\n      createdAt\n      status\n      title\n    }\n  }\n':
    types.PostRevisionsDocument,
  '\n  mutation RestorePostRevision($id: ID!, $version: Int!, $revision: Int!) {\n    restorePostRevision(id: $id, version: $version, revision: $revision) {\n      ...PostFields\n    }\n  }\n':
    types.RestorePostRevisionDocument,
  '\n  query PreviewPost($id: ID!, $tenantId: ID!) {\n    previewPost(id: $id, tenantId: $tenantId) {\n      title\n      body\n      variants {\n        ...VariantFields\n      }\n    }\n  }\n':
    types.PreviewPostDocument,
  '\n  query Themes($activeOnly: Boolean!) {\n    themes(activeOnly: $activeOnly) {\n      ...ThemeFields\n    }\n  }\n':
    types.ThemesDocument,
  '\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n':
    types.CreateThemeDocument,
  '\n  mutation UpdateTheme($id: ID!, $input: UpdateThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      ...ThemeFields\n    }\n  }\n':
    types.UpdateThemeDocument,
  '\n  query PostUsage($postId: ID!) {\n    post(id: $postId) {\n      id\n      title\n      status\n      publishedAt\n    }\n    postUsage(postId: $postId) {\n      libraryCount\n      receipts {\n        id\n        channel\n        libraryName\n        publishedAt\n        url\n      }\n    }\n  }\n':
    types.PostUsageDocument,
  '\n  query InactiveLibraries($days: Int!) {\n    inactiveLibraries(days: $days) {\n      tenantId\n      name\n      lastUsedAt\n    }\n  }\n':
    types.InactiveLibrariesDocument,
  '\n  fragment PostImportFields on PostImport {\n    id\n    status\n    format\n    dryRun\n    fileName\n    size\n    total\n    processed\n    imported\n    updated\n    unchanged\n    skipped\n    errorCount\n    failure\n    createdAt\n    finishedAt\n  }\n':
    types.PostImportFieldsFragmentDoc,
  '\n  query PostImport($id: ID!) {\n    postImport(id: $id) {\n      ...PostImportFields\n      errors {\n        line\n        externalId\n        field\n        reason\n        message\n      }\n    }\n  }\n':
    types.PostImportDocument,
  '\n  query PostImports($first: Int, $after: String) {\n    postImports(first: $first, after: $after) {\n      nodes {\n        ...PostImportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PostImportsDocument,
  '\n  query ProgrammeDashboard($periodId: ID, $granularity: TrendGranularity!, $periods: Int!) {\n    programmeDashboard(periodId: $periodId, granularity: $granularity, periods: $periods) {\n      asOf\n      granularity\n      libraryCount\n      period {\n        id\n        name\n        startsOn\n        targetDate\n      }\n      phases {\n        phase\n        target\n        achieved\n        inProgress\n        notStarted\n        percentOfTarget\n        trend {\n          periodStart\n          achieved\n          inProgress\n        }\n        forecast {\n          pacePerPeriod\n          requiredPacePerMonth\n          forecastDate\n          reached\n          willMeetTarget\n        }\n      }\n      provinces {\n        province\n        libraryCount\n        phases {\n          phase\n          achieved\n          inProgress\n          notStarted\n        }\n      }\n    }\n    programmePeriods {\n      id\n      name\n      startsOn\n      targetDate\n    }\n  }\n':
    types.ProgrammeDashboardDocument,
  '\n  query ProgrammeLibraries(\n    $first: Int!\n    $after: String\n    $province: Province\n    $phase: Phase\n    $status: PhaseStatus\n    $search: String\n    $inactiveDays: Int\n    $pendingOnly: Boolean!\n    $sort: ProgrammeLibrarySort!\n    $descending: Boolean!\n  ) {\n    programmeLibraries(\n      first: $first\n      after: $after\n      province: $province\n      phase: $phase\n      status: $status\n      search: $search\n      inactiveDays: $inactiveDays\n      pendingOnly: $pendingOnly\n      sort: $sort\n      descending: $descending\n    ) {\n      nodes {\n        tenantId\n        name\n        province\n        city\n        trained\n        professionallyPresent\n        valueNetworks\n        pendingReviews\n        lastActivityAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ProgrammeLibrariesDocument,
  '\n  query NetworkFigures($months: Int!, $inactiveDays: Int!) {\n    programmeNetworkFigures(months: $months, inactiveDays: $inactiveDays, topPosts: 5) {\n      postsUsedPerMonth {\n        month\n        uses\n        libraries\n      }\n      topPosts {\n        postId\n        title\n        uses\n        libraries\n      }\n      librariesWithoutActivity\n      submissions {\n        submitted\n        republished\n        libraries\n      }\n      kpiReach {\n        followers\n        interactions\n        shares\n        websiteVisits\n        libraries\n      }\n    }\n  }\n':
    types.NetworkFiguresDocument,
  '\n  fragment ProgrammeCriteriaFields on ProgrammeCriteria {\n    trainingMinVerified\n    trainingDigitalVisionOnly\n    presenceRequiresTrained\n    presenceRequiresCompleteStrategy\n    presenceRequiresPolicy\n    presenceRequiresHouseStyle\n    presenceMinActiveChannels\n    presenceKpiWithinDays\n    presenceMinKpiMeasurements\n    networksRequiresPresent\n    networksMinActive\n    version\n    updatedAt\n  }\n':
    types.ProgrammeCriteriaFieldsFragmentDoc,
  '\n  fragment ProgrammePeriodFields on ProgrammePeriod {\n    id\n    name\n    startsOn\n    targetDate\n    targetTrained\n    targetPresent\n    targetNetworks\n    version\n  }\n':
    types.ProgrammePeriodFieldsFragmentDoc,
  '\n  query ProgrammeSettings {\n    programmeCriteria {\n      ...ProgrammeCriteriaFields\n    }\n    programmePeriods {\n      ...ProgrammePeriodFields\n    }\n  }\n':
    types.ProgrammeSettingsDocument,
  '\n  mutation UpdateProgrammeCriteria($input: CriteriaInput!, $version: Int!) {\n    updateProgrammeCriteria(input: $input, version: $version) {\n      changedStatuses\n      criteria {\n        ...ProgrammeCriteriaFields\n      }\n    }\n  }\n':
    types.UpdateProgrammeCriteriaDocument,
  '\n  mutation SaveProgrammePeriod($input: PeriodInput!, $id: ID, $version: Int) {\n    saveProgrammePeriod(input: $input, id: $id, version: $version) {\n      ...ProgrammePeriodFields\n    }\n  }\n':
    types.SaveProgrammePeriodDocument,
  '\n  fragment FeedItemFields on FeedItem {\n    id\n    title\n    body\n    attribution\n    language\n    goal\n    targetGroups\n    publishedAt\n    availableUntil\n    overridden\n    upstreamChanges {\n      field\n    }\n    theme {\n      id\n      name\n      colour\n    }\n    variants {\n      ...VariantFields\n    }\n    assets {\n      id\n      kind\n      title\n      altText\n      files {\n        rendition\n        url\n        mimeType\n        width\n        height\n      }\n    }\n  }\n':
    types.FeedItemFieldsFragmentDoc,
  '\n  query Feed(\n    $first: Int!\n    $after: String\n    $search: String\n    $channel: Channel\n    $goal: Goal\n    $targetGroup: TargetGroup\n    $language: Language\n  ) {\n    feed(\n      first: $first\n      after: $after\n      search: $search\n      channel: $channel\n      goal: $goal\n      targetGroup: $targetGroup\n      language: $language\n    ) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.FeedDocument,
  '\n  fragment FeedSubscriptionFields on FeedSubscription {\n    channels\n    themeIds\n    lastVisitAt\n    newSinceLastVisit\n  }\n':
    types.FeedSubscriptionFieldsFragmentDoc,
  '\n  query FeedSubscription {\n    feedSubscription {\n      ...FeedSubscriptionFields\n    }\n    themes(activeOnly: true) {\n      id\n      name\n      kind\n      description\n    }\n  }\n':
    types.FeedSubscriptionDocument,
  '\n  mutation UpdateFeedSubscription($channels: [Channel!]!, $themeIds: [ID!]!) {\n    updateFeedSubscription(channels: $channels, themeIds: $themeIds) {\n      ...FeedSubscriptionFields\n    }\n  }\n':
    types.UpdateFeedSubscriptionDocument,
  '\n  mutation MarkFeedVisited {\n    markFeedVisited {\n      ...FeedSubscriptionFields\n    }\n  }\n':
    types.MarkFeedVisitedDocument,
  '\n  mutation MarkPostUsed($postId: ID!, $channel: Channel!, $publishedAt: DateTime!, $url: String) {\n    markPostUsed(postId: $postId, channel: $channel, publishedAt: $publishedAt, url: $url) {\n      id\n      postId\n      channel\n      publishedAt\n      url\n    }\n  }\n':
    types.MarkPostUsedDocument,
  '\n  query MyUsage {\n    myUsage(first: 100) {\n      nodes {\n        id\n        postId\n        channel\n      }\n    }\n  }\n':
    types.MyUsageDocument,
  '\n  fragment PostOverrideFields on PostOverride {\n    postId\n    version\n    updatedAt\n    fields {\n      field\n      local\n      upstream\n    }\n    upstreamChanges {\n      field\n      before\n      after\n    }\n  }\n':
    types.PostOverrideFieldsFragmentDoc,
  '\n  query PostOverride($postId: ID!) {\n    post(id: $postId) {\n      id\n      title\n      body\n      variants {\n        channel\n        text\n        hashtags\n        link\n        callToAction\n      }\n    }\n    postOverride(postId: $postId) {\n      ...PostOverrideFields\n    }\n  }\n':
    types.PostOverrideDocument,
  '\n  mutation SetPostOverride($postId: ID!, $input: PostOverrideInput!) {\n    setPostOverride(postId: $postId, input: $input) {\n      ...PostOverrideFields\n    }\n  }\n':
    types.SetPostOverrideDocument,
  '\n  mutation ClearPostOverride($postId: ID!, $fields: [String!]!, $version: Int) {\n    clearPostOverride(postId: $postId, fields: $fields, version: $version) {\n      ...PostOverrideFields\n    }\n  }\n':
    types.ClearPostOverrideDocument,
  '\n  mutation ResolveUpstreamChanges($postId: ID!, $decisions: [UpstreamDecisionInput!]!, $version: Int) {\n    resolveUpstreamChanges(postId: $postId, decisions: $decisions, version: $version) {\n      ...PostOverrideFields\n    }\n  }\n':
    types.ResolveUpstreamChangesDocument,
  '\n  query FeedLinks {\n    feedLinks {\n      channel\n      rss\n      atom\n    }\n  }\n':
    types.FeedLinksDocument,
  '\n  mutation RotateFeedToken {\n    rotateFeedToken {\n      channel\n      rss\n      atom\n    }\n  }\n':
    types.RotateFeedTokenDocument,
  '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n':
    types.WebhookEndpointFieldsFragmentDoc,
  '\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n':
    types.WebhookEndpointsDocument,
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n':
    types.CreateWebhookEndpointDocument,
  '\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n':
    types.UpdateWebhookEndpointDocument,
  '\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n':
    types.DeleteWebhookEndpointDocument,
  '\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n':
    types.PingWebhookEndpointDocument,
  '\n  query WebhookDeliveries($first: Int!, $after: String, $endpointId: ID) {\n    webhookDeliveries(first: $first, after: $after, endpointId: $endpointId) {\n      nodes {\n        id\n        endpointId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      submissionId\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  fragment LibraryProgrammeFields on LibraryProgramme {\n    tenantId\n    libraryName\n    nextPhase\n    pendingReviews\n    phases {\n      phase\n      status\n      since\n      validUntil\n      unmet {\n        code\n        message\n      }\n    }\n    missingForNextPhase {\n      code\n      message\n    }\n    unregisteredProfileChannels {\n      channel\n      handle\n    }\n  }\n':
    types.LibraryProgrammeFieldsFragmentDoc,
  '\n  fragment EvidenceFields on LibraryEvidence {\n    tenantId\n    trainings {\n      id\n      date\n      module\n      provider\n      staffCount\n      digitalVision\n      certificateAssetId\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    strategy {\n      id\n      versionNo\n      complete\n      missingSteps\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n      steps {\n        onlineGoals\n        offlineGoals\n        mission\n        targetGroups {\n          group\n          description\n          mediaUse\n        }\n        socialGoals {\n          goal\n          description\n          kpis {\n            name\n            metric\n            target\n          }\n        }\n        tactics {\n          description\n          channels\n          measurementMethod\n        }\n      }\n    }\n    policies {\n      id\n      text\n      url\n      adoptedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    houseStyles {\n      id\n      applied\n      appliedOn\n      note\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    channels {\n      id\n      channel\n      handle\n      url\n      active\n      activeSince\n      endedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    networks {\n      id\n      name\n      theme\n      partners\n      memberCount\n      activities\n      active\n      startedOn\n      endedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n  }\n':
    types.EvidenceFieldsFragmentDoc,
  '\n  query MyProgramme {\n    myProgramme {\n      ...LibraryProgrammeFields\n    }\n    programmeEvidence {\n      ...EvidenceFields\n    }\n  }\n':
    types.MyProgrammeDocument,
  '\n  query LibraryProgramme($tenantId: ID!) {\n    libraryProgramme(tenantId: $tenantId) {\n      ...LibraryProgrammeFields\n    }\n    programmeEvidence(tenantId: $tenantId) {\n      ...EvidenceFields\n    }\n  }\n':
    types.LibraryProgrammeDocument,
  '\n  query PhaseHistory($tenantId: ID, $first: Int!, $after: String) {\n    phaseHistory(tenantId: $tenantId, first: $first, after: $after) {\n      nodes {\n        id\n        phase\n        fromStatus\n        toStatus\n        changedAt\n        reason\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.PhaseHistoryDocument,
  '\n  query KpiMeasurements($tenantId: ID, $channelId: ID, $first: Int!, $after: String) {\n    kpiMeasurements(tenantId: $tenantId, channelId: $channelId, first: $first, after: $after) {\n      nodes {\n        id\n        channelId\n        measuredOn\n        followers\n        posts\n        interactions\n        shares\n        websiteVisits\n        status\n        version\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.KpiMeasurementsDocument,
  '\n  mutation SaveTraining($input: TrainingInput!, $id: ID, $version: Int) {\n    saveTraining(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.SaveTrainingDocument,
  '\n  mutation SaveStrategy($input: StrategyInput!, $baseVersion: Int!) {\n    saveStrategy(input: $input, baseVersion: $baseVersion) {\n      id\n      versionNo\n      complete\n      missingSteps\n    }\n  }\n':
    types.SaveStrategyDocument,
  '\n  mutation SavePolicy($input: PolicyInput!, $id: ID, $version: Int) {\n    saveSocialMediaPolicy(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.SavePolicyDocument,
  '\n  mutation SaveHouseStyle($input: HouseStyleInput!, $id: ID, $version: Int) {\n    saveHouseStyle(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.SaveHouseStyleDocument,
  '\n  mutation SaveProgrammeChannel($input: ChannelInput!, $id: ID, $version: Int) {\n    saveProgrammeChannel(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.SaveProgrammeChannelDocument,
  '\n  mutation SaveKpiMeasurement($input: KpiMeasurementInput!, $id: ID, $version: Int) {\n    saveKpiMeasurement(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.SaveKpiMeasurementDocument,
  '\n  mutation SaveValueNetwork($input: ValueNetworkInput!, $id: ID, $version: Int) {\n    saveValueNetwork(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n':
    types.SaveValueNetworkDocument,
  '\n  mutation DeleteEvidence($kind: EvidenceKind!, $id: ID!, $version: Int!) {\n    deleteEvidence(kind: $kind, id: $id, version: $version)\n  }\n':
    types.DeleteEvidenceDocument,
  '\n  query EvidenceQueue(\n    $first: Int!\n    $after: String\n    $status: EvidenceStatus!\n    $kind: EvidenceKind\n    $tenantId: ID\n  ) {\n    evidenceQueue(first: $first, after: $after, status: $status, kind: $kind, tenantId: $tenantId) {\n      nodes {\n        id\n        kind\n        tenantId\n        libraryName\n        summary\n        attachmentAssetId\n        status\n        version\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.EvidenceQueueDocument,
  '\n  mutation ReviewEvidence($input: ReviewEvidenceInput!) {\n    reviewEvidence(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.ReviewEvidenceDocument,
  '\n  fragment SubmissionListFields on Submission {\n    id\n    title\n    status\n    libraryName\n    tenantId\n    themeId\n    reviewerId\n    submittedAt\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.SubmissionListFieldsFragmentDoc,
  '\n  fragment SubmissionAssetFields on SubmissionAsset {\n    position\n    altText\n    altTextOverride\n    centralAssetId\n    file {\n      number\n      renditionsStatus\n      url\n      renditions {\n        rendition\n        url\n      }\n    }\n    asset {\n      id\n      title\n      kind\n      altText\n      unusableReason\n      rights {\n        owner\n        creditLine\n        portraitConsent\n      }\n    }\n  }\n':
    types.SubmissionAssetFieldsFragmentDoc,
  '\n  fragment SubmissionFields on Submission {\n    ...SubmissionListFields\n    body\n    goal\n    language\n    targetGroups\n    localContext\n    mayShare\n    portraitConsent\n    rightsNote\n    decidedAt\n    decisionReason\n    postId\n    variants {\n      ...VariantFields\n    }\n    timeline {\n      id\n      at\n      kind\n      side\n      fromStatus\n      toStatus\n      comment\n    }\n    assets {\n      ...SubmissionAssetFields\n    }\n  }\n':
    types.SubmissionFieldsFragmentDoc,
  '\n  query Submissions(\n    $first: Int!\n    $after: String\n    $statuses: [SubmissionStatus!]\n    $tenantId: ID\n    $themeId: ID\n    $minAgeDays: Int\n    $reviewerId: ID\n  ) {\n    submissions(\n      first: $first\n      after: $after\n      statuses: $statuses\n      tenantId: $tenantId\n      themeId: $themeId\n      minAgeDays: $minAgeDays\n      reviewerId: $reviewerId\n    ) {\n      nodes {\n        ...SubmissionListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.SubmissionsDocument,
  '\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n':
    types.SubmissionDocument,
  '\n  mutation CreateSubmission($input: SubmissionInput!, $submit: Boolean!, $idempotencyKey: String) {\n    createSubmission(input: $input, submit: $submit, idempotencyKey: $idempotencyKey) {\n      ...SubmissionFields\n    }\n  }\n':
    types.CreateSubmissionDocument,
  '\n  mutation UpdateSubmission($id: ID!, $version: Int!, $input: SubmissionInput!) {\n    updateSubmission(id: $id, version: $version, input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.UpdateSubmissionDocument,
  '\n  mutation SubmitSubmission($id: ID!, $version: Int!) {\n    submitSubmission(id: $id, version: $version) {\n      ...SubmissionFields\n    }\n  }\n':
    types.SubmitSubmissionDocument,
  '\n  mutation StartSubmissionReview($id: ID!, $version: Int!) {\n    startSubmissionReview(id: $id, version: $version) {\n      ...SubmissionFields\n    }\n  }\n':
    types.StartSubmissionReviewDocument,
  '\n  mutation RequestSubmissionChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestSubmissionChanges(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n':
    types.RequestSubmissionChangesDocument,
  '\n  mutation RejectSubmission($id: ID!, $version: Int!, $comment: String!) {\n    rejectSubmission(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n':
    types.RejectSubmissionDocument,
  '\n  mutation ApproveSubmission($id: ID!, $version: Int!, $comment: String) {\n    approveSubmission(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n':
    types.ApproveSubmissionDocument,
  '\n  mutation AssignSubmission($id: ID!, $reviewerId: ID) {\n    assignSubmission(id: $id, reviewerId: $reviewerId) {\n      ...SubmissionFields\n    }\n  }\n':
    types.AssignSubmissionDocument,
  '\n  mutation CommentOnSubmission($id: ID!, $comment: String!) {\n    commentOnSubmission(id: $id, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n':
    types.CommentOnSubmissionDocument,
  '\n  fragment TenantListFields on Tenant {\n    id\n    slug\n    name\n    city\n    province\n    branchCount\n    active\n  }\n':
    types.TenantListFieldsFragmentDoc,
  '\n  query Tenants(\n    $first: Int!\n    $after: String\n    $search: String\n    $province: Province\n    $active: Boolean\n    $kind: TenantKind\n  ) {\n    tenants(\n      first: $first\n      after: $after\n      search: $search\n      province: $province\n      active: $active\n      kind: $kind\n    ) {\n      nodes {\n        ...TenantListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.TenantsDocument,
  '\n  query LibraryOptions($after: String) {\n    tenants(first: 100, after: $after, kind: LIBRARY) {\n      nodes {\n        id\n        slug\n        name\n        active\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.LibraryOptionsDocument,
  '\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    kind\n    province\n    city\n    displayName\n    website\n    phone\n    openingHoursUrl\n    catalogueUrl\n    contactEmail\n    branchCount\n    channels {\n      channel\n      handle\n      url\n    }\n    active\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.TenantFieldsFragmentDoc,
  '\n  query Tenant($slug: String!) {\n    tenant(slug: $slug) {\n      ...TenantFields\n    }\n  }\n':
    types.TenantDocument,
  '\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n':
    types.CreateTenantDocument,
  '\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n':
    types.UpdateTenantDocument,
  '\n  mutation UpdateTenantProfile($input: UpdateTenantProfileInput!) {\n    updateTenantProfile(input: $input) {\n      ...TenantFields\n    }\n  }\n':
    types.UpdateTenantProfileDocument,
  '\n  mutation DeactivateTenant($id: ID!) {\n    deactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n':
    types.DeactivateTenantDocument,
  '\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n':
    types.ReactivateTenantDocument,
  '\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    disabled\n    lastLoginAt\n    createdAt\n    version\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $tenantId: ID) {\n    users(first: $first, after: $after, search: $search, role: $role, tenantId: $tenantId) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n': types.UserDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n':
    types.DisableUserDocument,
  '\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n':
    types.EnableUserDocument,
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n':
    types.RefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n',
): typeof import('./graphql').ApiKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys($tenantId: ID) {\n    apiKeys(tenantId: $tenantId) {\n      ...ApiKeyFields\n    }\n  }\n',
): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n',
): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssetFields on Asset {\n    id\n    title\n    description\n    kind\n    altText\n    tags\n    ownerTenantId\n    createdAt\n    updatedAt\n    archivedAt\n    validFrom\n    validUntil\n    expiresAt\n    unusableReason\n    version\n    currentVersion\n    rights {\n      owner\n      licence\n      creditLine\n      portraitConsent\n      portraitConsentUntil\n    }\n    file {\n      mimeType\n      size\n      width\n      height\n      originalName\n      renditionsStatus\n    }\n    thumb: downloadUrl(rendition: THUMB)\n    preview: downloadUrl(rendition: PREVIEW)\n    original: downloadUrl(rendition: ORIGINAL)\n  }\n',
): typeof import('./graphql').AssetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Assets(\n    $first: Int!\n    $after: String\n    $search: String\n    $kinds: [AssetKind!]\n    $scope: AssetScope!\n    $includeArchived: Boolean!\n  ) {\n    assets(\n      first: $first\n      after: $after\n      search: $search\n      kinds: $kinds\n      scope: $scope\n      includeArchived: $includeArchived\n    ) {\n      nodes {\n        ...AssetFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').AssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Asset($id: ID!) {\n    asset(id: $id) {\n      ...AssetFields\n      versions {\n        number\n        createdAt\n        originalName\n        size\n        mimeType\n      }\n    }\n  }\n',
): typeof import('./graphql').AssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssetUsage($assetId: ID!) {\n    assetUsage(assetId: $assetId) {\n      postId\n      postTitle\n      postStatus\n    }\n  }\n',
): typeof import('./graphql').AssetUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FinalizeAssetUpload($input: FinalizeAssetUploadInput!) {\n    finalizeAssetUpload(input: $input) {\n      ...AssetFields\n    }\n  }\n',
): typeof import('./graphql').FinalizeAssetUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetFields\n    }\n  }\n',
): typeof import('./graphql').UpdateAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveAsset($id: ID!, $version: Int!) {\n    archiveAsset(id: $id, version: $version) {\n      ...AssetFields\n    }\n  }\n',
): typeof import('./graphql').ArchiveAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnarchiveAsset($id: ID!, $version: Int!) {\n    unarchiveAsset(id: $id, version: $version) {\n      ...AssetFields\n    }\n  }\n',
): typeof import('./graphql').UnarchiveAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAsset($id: ID!, $version: Int!) {\n    deleteAsset(id: $id, version: $version)\n  }\n',
): typeof import('./graphql').DeleteAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPostAssets($postId: ID!, $version: Int, $assets: [PostAssetInput!]!) {\n    setPostAssets(postId: $postId, version: $version, assets: $assets) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SetPostAssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BrandKitAssetFields on BrandKitAsset {\n    id\n    label\n    usage\n    section\n    asset {\n      id\n      title\n      kind\n      altText\n      file {\n        mimeType\n        originalName\n      }\n      thumb: downloadUrl(rendition: THUMB)\n      original: downloadUrl(rendition: ORIGINAL)\n    }\n  }\n',
): typeof import('./graphql').BrandKitAssetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BrandKit {\n    brandKit {\n      colours {\n        id\n        name\n        hex\n        usage\n      }\n      logos {\n        ...BrandKitAssetFields\n      }\n      fonts {\n        ...BrandKitAssetFields\n      }\n      templates {\n        ...BrandKitAssetFields\n      }\n    }\n  }\n',
): typeof import('./graphql').BrandKitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetBrandKit($input: BrandKitInput!) {\n    setBrandKit(input: $input) {\n      colours {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').SetBrandKitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    lastLoginAt\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n',
): typeof import('./graphql').CurrentUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n',
): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ThemeFields on Theme {\n    id\n    slug\n    name\n    kind\n    colour\n    description\n    active\n    periodStart\n    periodEnd\n    recursYearly\n    version\n  }\n',
): typeof import('./graphql').ThemeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VariantFields on PostVariant {\n    channel\n    text\n    hashtags\n    link\n    callToAction\n    length\n    maxLength\n  }\n',
): typeof import('./graphql').VariantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PostListFields on Post {\n    id\n    title\n    status\n    language\n    goal\n    targetGroups\n    suggestedPublishAt\n    updatedAt\n    attribution\n    theme {\n      id\n      name\n      colour\n      kind\n    }\n    variants {\n      channel\n    }\n  }\n',
): typeof import('./graphql').PostListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PostFields on Post {\n    id\n    title\n    body\n    status\n    source\n    attribution\n    language\n    goal\n    targetGroups\n    tags\n    availableFrom\n    availableUntil\n    suggestedPublishAt\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    withdrawalReason\n    createdAt\n    updatedAt\n    version\n    theme {\n      id\n      name\n    }\n    variants {\n      ...VariantFields\n    }\n    assets {\n      position\n      altText\n      altTextOverride\n      asset {\n        id\n        title\n        kind\n        altText\n        thumb: downloadUrl(rendition: THUMB)\n      }\n    }\n    assetWarnings {\n      assetId\n      reason\n      title\n    }\n  }\n',
): typeof import('./graphql').PostFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Posts(\n    $first: Int!\n    $after: String\n    $search: String\n    $themeIds: [ID!]\n    $channel: Channel\n    $goal: Goal\n    $targetGroup: TargetGroup\n    $statuses: [PostStatus!]\n    $language: Language\n    $from: DateTime\n    $until: DateTime\n    $sort: PostSort\n  ) {\n    posts(\n      first: $first\n      after: $after\n      search: $search\n      themeIds: $themeIds\n      channel: $channel\n      goal: $goal\n      targetGroup: $targetGroup\n      statuses: $statuses\n      language: $language\n      from: $from\n      until: $until\n      sort: $sort\n    ) {\n      nodes {\n        ...PostListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').PostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Calendar($from: DateTime!, $until: DateTime!) {\n    calendar(from: $from, until: $until) {\n      posts {\n        ...PostListFields\n      }\n      campaigns {\n        ...ThemeFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').PostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').CreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').UpdatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishPost($id: ID!, $version: Int!) {\n    publishPost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').PublishPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SchedulePost($id: ID!, $version: Int!, $at: DateTime!) {\n    schedulePost(id: $id, version: $version, at: $at) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').SchedulePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnschedulePost($id: ID!, $version: Int!) {\n    unschedulePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').UnschedulePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawPost($id: ID!, $version: Int!, $reason: String!) {\n    withdrawPost(id: $id, version: $version, reason: $reason) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').WithdrawPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchivePost($id: ID!, $version: Int!) {\n    archivePost(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').ArchivePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestorePostToDraft($id: ID!, $version: Int!) {\n    restorePostToDraft(id: $id, version: $version) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').RestorePostToDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DuplicatePost($id: ID!) {\n    duplicatePost(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').DuplicatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PostRevisions($id: ID!) {\n    postRevisions(id: $id) {\n      number\n      action\n      createdAt\n      status\n      title\n    }\n  }\n',
): typeof import('./graphql').PostRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestorePostRevision($id: ID!, $version: Int!, $revision: Int!) {\n    restorePostRevision(id: $id, version: $version, revision: $revision) {\n      ...PostFields\n    }\n  }\n',
): typeof import('./graphql').RestorePostRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewPost($id: ID!, $tenantId: ID!) {\n    previewPost(id: $id, tenantId: $tenantId) {\n      title\n      body\n      variants {\n        ...VariantFields\n      }\n    }\n  }\n',
): typeof import('./graphql').PreviewPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Themes($activeOnly: Boolean!) {\n    themes(activeOnly: $activeOnly) {\n      ...ThemeFields\n    }\n  }\n',
): typeof import('./graphql').ThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTheme($input: ThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n',
): typeof import('./graphql').CreateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTheme($id: ID!, $input: UpdateThemeInput!) {\n    updateTheme(id: $id, input: $input) {\n      ...ThemeFields\n    }\n  }\n',
): typeof import('./graphql').UpdateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PostUsage($postId: ID!) {\n    post(id: $postId) {\n      id\n      title\n      status\n      publishedAt\n    }\n    postUsage(postId: $postId) {\n      libraryCount\n      receipts {\n        id\n        channel\n        libraryName\n        publishedAt\n        url\n      }\n    }\n  }\n',
): typeof import('./graphql').PostUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InactiveLibraries($days: Int!) {\n    inactiveLibraries(days: $days) {\n      tenantId\n      name\n      lastUsedAt\n    }\n  }\n',
): typeof import('./graphql').InactiveLibrariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PostImportFields on PostImport {\n    id\n    status\n    format\n    dryRun\n    fileName\n    size\n    total\n    processed\n    imported\n    updated\n    unchanged\n    skipped\n    errorCount\n    failure\n    createdAt\n    finishedAt\n  }\n',
): typeof import('./graphql').PostImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PostImport($id: ID!) {\n    postImport(id: $id) {\n      ...PostImportFields\n      errors {\n        line\n        externalId\n        field\n        reason\n        message\n      }\n    }\n  }\n',
): typeof import('./graphql').PostImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PostImports($first: Int, $after: String) {\n    postImports(first: $first, after: $after) {\n      nodes {\n        ...PostImportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').PostImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeDashboard($periodId: ID, $granularity: TrendGranularity!, $periods: Int!) {\n    programmeDashboard(periodId: $periodId, granularity: $granularity, periods: $periods) {\n      asOf\n      granularity\n      libraryCount\n      period {\n        id\n        name\n        startsOn\n        targetDate\n      }\n      phases {\n        phase\n        target\n        achieved\n        inProgress\n        notStarted\n        percentOfTarget\n        trend {\n          periodStart\n          achieved\n          inProgress\n        }\n        forecast {\n          pacePerPeriod\n          requiredPacePerMonth\n          forecastDate\n          reached\n          willMeetTarget\n        }\n      }\n      provinces {\n        province\n        libraryCount\n        phases {\n          phase\n          achieved\n          inProgress\n          notStarted\n        }\n      }\n    }\n    programmePeriods {\n      id\n      name\n      startsOn\n      targetDate\n    }\n  }\n',
): typeof import('./graphql').ProgrammeDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeLibraries(\n    $first: Int!\n    $after: String\n    $province: Province\n    $phase: Phase\n    $status: PhaseStatus\n    $search: String\n    $inactiveDays: Int\n    $pendingOnly: Boolean!\n    $sort: ProgrammeLibrarySort!\n    $descending: Boolean!\n  ) {\n    programmeLibraries(\n      first: $first\n      after: $after\n      province: $province\n      phase: $phase\n      status: $status\n      search: $search\n      inactiveDays: $inactiveDays\n      pendingOnly: $pendingOnly\n      sort: $sort\n      descending: $descending\n    ) {\n      nodes {\n        tenantId\n        name\n        province\n        city\n        trained\n        professionallyPresent\n        valueNetworks\n        pendingReviews\n        lastActivityAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').ProgrammeLibrariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkFigures($months: Int!, $inactiveDays: Int!) {\n    programmeNetworkFigures(months: $months, inactiveDays: $inactiveDays, topPosts: 5) {\n      postsUsedPerMonth {\n        month\n        uses\n        libraries\n      }\n      topPosts {\n        postId\n        title\n        uses\n        libraries\n      }\n      librariesWithoutActivity\n      submissions {\n        submitted\n        republished\n        libraries\n      }\n      kpiReach {\n        followers\n        interactions\n        shares\n        websiteVisits\n        libraries\n      }\n    }\n  }\n',
): typeof import('./graphql').NetworkFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgrammeCriteriaFields on ProgrammeCriteria {\n    trainingMinVerified\n    trainingDigitalVisionOnly\n    presenceRequiresTrained\n    presenceRequiresCompleteStrategy\n    presenceRequiresPolicy\n    presenceRequiresHouseStyle\n    presenceMinActiveChannels\n    presenceKpiWithinDays\n    presenceMinKpiMeasurements\n    networksRequiresPresent\n    networksMinActive\n    version\n    updatedAt\n  }\n',
): typeof import('./graphql').ProgrammeCriteriaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgrammePeriodFields on ProgrammePeriod {\n    id\n    name\n    startsOn\n    targetDate\n    targetTrained\n    targetPresent\n    targetNetworks\n    version\n  }\n',
): typeof import('./graphql').ProgrammePeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeSettings {\n    programmeCriteria {\n      ...ProgrammeCriteriaFields\n    }\n    programmePeriods {\n      ...ProgrammePeriodFields\n    }\n  }\n',
): typeof import('./graphql').ProgrammeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProgrammeCriteria($input: CriteriaInput!, $version: Int!) {\n    updateProgrammeCriteria(input: $input, version: $version) {\n      changedStatuses\n      criteria {\n        ...ProgrammeCriteriaFields\n      }\n    }\n  }\n',
): typeof import('./graphql').UpdateProgrammeCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveProgrammePeriod($input: PeriodInput!, $id: ID, $version: Int) {\n    saveProgrammePeriod(input: $input, id: $id, version: $version) {\n      ...ProgrammePeriodFields\n    }\n  }\n',
): typeof import('./graphql').SaveProgrammePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FeedItemFields on FeedItem {\n    id\n    title\n    body\n    attribution\n    language\n    goal\n    targetGroups\n    publishedAt\n    availableUntil\n    overridden\n    upstreamChanges {\n      field\n    }\n    theme {\n      id\n      name\n      colour\n    }\n    variants {\n      ...VariantFields\n    }\n    assets {\n      id\n      kind\n      title\n      altText\n      files {\n        rendition\n        url\n        mimeType\n        width\n        height\n      }\n    }\n  }\n',
): typeof import('./graphql').FeedItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Feed(\n    $first: Int!\n    $after: String\n    $search: String\n    $channel: Channel\n    $goal: Goal\n    $targetGroup: TargetGroup\n    $language: Language\n  ) {\n    feed(\n      first: $first\n      after: $after\n      search: $search\n      channel: $channel\n      goal: $goal\n      targetGroup: $targetGroup\n      language: $language\n    ) {\n      nodes {\n        ...FeedItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FeedSubscriptionFields on FeedSubscription {\n    channels\n    themeIds\n    lastVisitAt\n    newSinceLastVisit\n  }\n',
): typeof import('./graphql').FeedSubscriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FeedSubscription {\n    feedSubscription {\n      ...FeedSubscriptionFields\n    }\n    themes(activeOnly: true) {\n      id\n      name\n      kind\n      description\n    }\n  }\n',
): typeof import('./graphql').FeedSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFeedSubscription($channels: [Channel!]!, $themeIds: [ID!]!) {\n    updateFeedSubscription(channels: $channels, themeIds: $themeIds) {\n      ...FeedSubscriptionFields\n    }\n  }\n',
): typeof import('./graphql').UpdateFeedSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkFeedVisited {\n    markFeedVisited {\n      ...FeedSubscriptionFields\n    }\n  }\n',
): typeof import('./graphql').MarkFeedVisitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkPostUsed($postId: ID!, $channel: Channel!, $publishedAt: DateTime!, $url: String) {\n    markPostUsed(postId: $postId, channel: $channel, publishedAt: $publishedAt, url: $url) {\n      id\n      postId\n      channel\n      publishedAt\n      url\n    }\n  }\n',
): typeof import('./graphql').MarkPostUsedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyUsage {\n    myUsage(first: 100) {\n      nodes {\n        id\n        postId\n        channel\n      }\n    }\n  }\n',
): typeof import('./graphql').MyUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PostOverrideFields on PostOverride {\n    postId\n    version\n    updatedAt\n    fields {\n      field\n      local\n      upstream\n    }\n    upstreamChanges {\n      field\n      before\n      after\n    }\n  }\n',
): typeof import('./graphql').PostOverrideFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PostOverride($postId: ID!) {\n    post(id: $postId) {\n      id\n      title\n      body\n      variants {\n        channel\n        text\n        hashtags\n        link\n        callToAction\n      }\n    }\n    postOverride(postId: $postId) {\n      ...PostOverrideFields\n    }\n  }\n',
): typeof import('./graphql').PostOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPostOverride($postId: ID!, $input: PostOverrideInput!) {\n    setPostOverride(postId: $postId, input: $input) {\n      ...PostOverrideFields\n    }\n  }\n',
): typeof import('./graphql').SetPostOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClearPostOverride($postId: ID!, $fields: [String!]!, $version: Int) {\n    clearPostOverride(postId: $postId, fields: $fields, version: $version) {\n      ...PostOverrideFields\n    }\n  }\n',
): typeof import('./graphql').ClearPostOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveUpstreamChanges($postId: ID!, $decisions: [UpstreamDecisionInput!]!, $version: Int) {\n    resolveUpstreamChanges(postId: $postId, decisions: $decisions, version: $version) {\n      ...PostOverrideFields\n    }\n  }\n',
): typeof import('./graphql').ResolveUpstreamChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FeedLinks {\n    feedLinks {\n      channel\n      rss\n      atom\n    }\n  }\n',
): typeof import('./graphql').FeedLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateFeedToken {\n    rotateFeedToken {\n      channel\n      rss\n      atom\n    }\n  }\n',
): typeof import('./graphql').RotateFeedTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    events\n    active\n    createdAt\n  }\n',
): typeof import('./graphql').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n',
): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n',
): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n',
): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n',
): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').PingWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($first: Int!, $after: String, $endpointId: ID) {\n    webhookDeliveries(first: $first, after: $after, endpointId: $endpointId) {\n      nodes {\n        id\n        endpointId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($unreadOnly: Boolean!) {\n    notifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      submissionId\n    }\n  }\n',
): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LibraryProgrammeFields on LibraryProgramme {\n    tenantId\n    libraryName\n    nextPhase\n    pendingReviews\n    phases {\n      phase\n      status\n      since\n      validUntil\n      unmet {\n        code\n        message\n      }\n    }\n    missingForNextPhase {\n      code\n      message\n    }\n    unregisteredProfileChannels {\n      channel\n      handle\n    }\n  }\n',
): typeof import('./graphql').LibraryProgrammeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvidenceFields on LibraryEvidence {\n    tenantId\n    trainings {\n      id\n      date\n      module\n      provider\n      staffCount\n      digitalVision\n      certificateAssetId\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    strategy {\n      id\n      versionNo\n      complete\n      missingSteps\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n      steps {\n        onlineGoals\n        offlineGoals\n        mission\n        targetGroups {\n          group\n          description\n          mediaUse\n        }\n        socialGoals {\n          goal\n          description\n          kpis {\n            name\n            metric\n            target\n          }\n        }\n        tactics {\n          description\n          channels\n          measurementMethod\n        }\n      }\n    }\n    policies {\n      id\n      text\n      url\n      adoptedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    houseStyles {\n      id\n      applied\n      appliedOn\n      note\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    channels {\n      id\n      channel\n      handle\n      url\n      active\n      activeSince\n      endedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n    networks {\n      id\n      name\n      theme\n      partners\n      memberCount\n      activities\n      active\n      startedOn\n      endedOn\n      status\n      version\n      submittedAt\n      reviewedAt\n      reviewComment\n    }\n  }\n',
): typeof import('./graphql').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProgramme {\n    myProgramme {\n      ...LibraryProgrammeFields\n    }\n    programmeEvidence {\n      ...EvidenceFields\n    }\n  }\n',
): typeof import('./graphql').MyProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LibraryProgramme($tenantId: ID!) {\n    libraryProgramme(tenantId: $tenantId) {\n      ...LibraryProgrammeFields\n    }\n    programmeEvidence(tenantId: $tenantId) {\n      ...EvidenceFields\n    }\n  }\n',
): typeof import('./graphql').LibraryProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PhaseHistory($tenantId: ID, $first: Int!, $after: String) {\n    phaseHistory(tenantId: $tenantId, first: $first, after: $after) {\n      nodes {\n        id\n        phase\n        fromStatus\n        toStatus\n        changedAt\n        reason\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').PhaseHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KpiMeasurements($tenantId: ID, $channelId: ID, $first: Int!, $after: String) {\n    kpiMeasurements(tenantId: $tenantId, channelId: $channelId, first: $first, after: $after) {\n      nodes {\n        id\n        channelId\n        measuredOn\n        followers\n        posts\n        interactions\n        shares\n        websiteVisits\n        status\n        version\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').KpiMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveTraining($input: TrainingInput!, $id: ID, $version: Int) {\n    saveTraining(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SaveTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveStrategy($input: StrategyInput!, $baseVersion: Int!) {\n    saveStrategy(input: $input, baseVersion: $baseVersion) {\n      id\n      versionNo\n      complete\n      missingSteps\n    }\n  }\n',
): typeof import('./graphql').SaveStrategyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SavePolicy($input: PolicyInput!, $id: ID, $version: Int) {\n    saveSocialMediaPolicy(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SavePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveHouseStyle($input: HouseStyleInput!, $id: ID, $version: Int) {\n    saveHouseStyle(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SaveHouseStyleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveProgrammeChannel($input: ChannelInput!, $id: ID, $version: Int) {\n    saveProgrammeChannel(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SaveProgrammeChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveKpiMeasurement($input: KpiMeasurementInput!, $id: ID, $version: Int) {\n    saveKpiMeasurement(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SaveKpiMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveValueNetwork($input: ValueNetworkInput!, $id: ID, $version: Int) {\n    saveValueNetwork(input: $input, id: $id, version: $version) {\n      id\n      version\n    }\n  }\n',
): typeof import('./graphql').SaveValueNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteEvidence($kind: EvidenceKind!, $id: ID!, $version: Int!) {\n    deleteEvidence(kind: $kind, id: $id, version: $version)\n  }\n',
): typeof import('./graphql').DeleteEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EvidenceQueue(\n    $first: Int!\n    $after: String\n    $status: EvidenceStatus!\n    $kind: EvidenceKind\n    $tenantId: ID\n  ) {\n    evidenceQueue(first: $first, after: $after, status: $status, kind: $kind, tenantId: $tenantId) {\n      nodes {\n        id\n        kind\n        tenantId\n        libraryName\n        summary\n        attachmentAssetId\n        status\n        version\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').EvidenceQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewEvidence($input: ReviewEvidenceInput!) {\n    reviewEvidence(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): typeof import('./graphql').ReviewEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionListFields on Submission {\n    id\n    title\n    status\n    libraryName\n    tenantId\n    themeId\n    reviewerId\n    submittedAt\n    createdAt\n    updatedAt\n    version\n  }\n',
): typeof import('./graphql').SubmissionListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionAssetFields on SubmissionAsset {\n    position\n    altText\n    altTextOverride\n    centralAssetId\n    file {\n      number\n      renditionsStatus\n      url\n      renditions {\n        rendition\n        url\n      }\n    }\n    asset {\n      id\n      title\n      kind\n      altText\n      unusableReason\n      rights {\n        owner\n        creditLine\n        portraitConsent\n      }\n    }\n  }\n',
): typeof import('./graphql').SubmissionAssetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionFields on Submission {\n    ...SubmissionListFields\n    body\n    goal\n    language\n    targetGroups\n    localContext\n    mayShare\n    portraitConsent\n    rightsNote\n    decidedAt\n    decisionReason\n    postId\n    variants {\n      ...VariantFields\n    }\n    timeline {\n      id\n      at\n      kind\n      side\n      fromStatus\n      toStatus\n      comment\n    }\n    assets {\n      ...SubmissionAssetFields\n    }\n  }\n',
): typeof import('./graphql').SubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Submissions(\n    $first: Int!\n    $after: String\n    $statuses: [SubmissionStatus!]\n    $tenantId: ID\n    $themeId: ID\n    $minAgeDays: Int\n    $reviewerId: ID\n  ) {\n    submissions(\n      first: $first\n      after: $after\n      statuses: $statuses\n      tenantId: $tenantId\n      themeId: $themeId\n      minAgeDays: $minAgeDays\n      reviewerId: $reviewerId\n    ) {\n      nodes {\n        ...SubmissionListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').SubmissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Submission($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').SubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSubmission($input: SubmissionInput!, $submit: Boolean!, $idempotencyKey: String) {\n    createSubmission(input: $input, submit: $submit, idempotencyKey: $idempotencyKey) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').CreateSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSubmission($id: ID!, $version: Int!, $input: SubmissionInput!) {\n    updateSubmission(id: $id, version: $version, input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').UpdateSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSubmission($id: ID!, $version: Int!) {\n    submitSubmission(id: $id, version: $version) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').SubmitSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartSubmissionReview($id: ID!, $version: Int!) {\n    startSubmissionReview(id: $id, version: $version) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').StartSubmissionReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestSubmissionChanges($id: ID!, $version: Int!, $comment: String!) {\n    requestSubmissionChanges(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').RequestSubmissionChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectSubmission($id: ID!, $version: Int!, $comment: String!) {\n    rejectSubmission(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').RejectSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveSubmission($id: ID!, $version: Int!, $comment: String) {\n    approveSubmission(id: $id, version: $version, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').ApproveSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignSubmission($id: ID!, $reviewerId: ID) {\n    assignSubmission(id: $id, reviewerId: $reviewerId) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').AssignSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentOnSubmission($id: ID!, $comment: String!) {\n    commentOnSubmission(id: $id, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').CommentOnSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TenantListFields on Tenant {\n    id\n    slug\n    name\n    city\n    province\n    branchCount\n    active\n  }\n',
): typeof import('./graphql').TenantListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tenants(\n    $first: Int!\n    $after: String\n    $search: String\n    $province: Province\n    $active: Boolean\n    $kind: TenantKind\n  ) {\n    tenants(\n      first: $first\n      after: $after\n      search: $search\n      province: $province\n      active: $active\n      kind: $kind\n    ) {\n      nodes {\n        ...TenantListFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').TenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LibraryOptions($after: String) {\n    tenants(first: 100, after: $after, kind: LIBRARY) {\n      nodes {\n        id\n        slug\n        name\n        active\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').LibraryOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    kind\n    province\n    city\n    displayName\n    website\n    phone\n    openingHoursUrl\n    catalogueUrl\n    contactEmail\n    branchCount\n    channels {\n      channel\n      handle\n      url\n    }\n    active\n    version\n    createdAt\n    updatedAt\n  }\n',
): typeof import('./graphql').TenantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Tenant($slug: String!) {\n    tenant(slug: $slug) {\n      ...TenantFields\n    }\n  }\n',
): typeof import('./graphql').TenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n',
): typeof import('./graphql').CreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {\n    updateTenant(id: $id, input: $input) {\n      ...TenantFields\n    }\n  }\n',
): typeof import('./graphql').UpdateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTenantProfile($input: UpdateTenantProfileInput!) {\n    updateTenantProfile(input: $input) {\n      ...TenantFields\n    }\n  }\n',
): typeof import('./graphql').UpdateTenantProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateTenant($id: ID!) {\n    deactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n',
): typeof import('./graphql').DeactivateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n',
): typeof import('./graphql').ReactivateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    disabled\n    lastLoginAt\n    createdAt\n    version\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n',
): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($first: Int!, $after: String, $search: String, $role: Role, $tenantId: ID) {\n    users(first: $first, after: $after, search: $search, role: $role, tenantId: $tenantId) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n',
): typeof import('./graphql').RefreshSessionDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
