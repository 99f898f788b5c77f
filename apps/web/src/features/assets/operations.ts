import { graphql } from '../../gql';

export const AssetFields = graphql(`
  fragment AssetFields on Asset {
    id
    title
    description
    kind
    altText
    tags
    ownerTenantId
    createdAt
    updatedAt
    archivedAt
    validFrom
    validUntil
    expiresAt
    unusableReason
    version
    currentVersion
    rights {
      owner
      licence
      creditLine
      portraitConsent
      portraitConsentUntil
    }
    file {
      mimeType
      size
      width
      height
      originalName
      renditionsStatus
    }
    thumb: downloadUrl(rendition: THUMB)
    preview: downloadUrl(rendition: PREVIEW)
    original: downloadUrl(rendition: ORIGINAL)
  }
`);

export const AssetsQuery = graphql(`
  query Assets(
    $first: Int!
    $after: String
    $search: String
    $kinds: [AssetKind!]
    $scope: AssetScope!
    $includeArchived: Boolean!
  ) {
    assets(
      first: $first
      after: $after
      search: $search
      kinds: $kinds
      scope: $scope
      includeArchived: $includeArchived
    ) {
      nodes {
        ...AssetFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AssetQuery = graphql(`
  query Asset($id: ID!) {
    asset(id: $id) {
      ...AssetFields
      versions {
        number
        createdAt
        originalName
        size
        mimeType
      }
    }
  }
`);

export const AssetUsageQuery = graphql(`
  query AssetUsage($assetId: ID!) {
    assetUsage(assetId: $assetId) {
      postId
      postTitle
      postStatus
    }
  }
`);

export const FinalizeAssetUploadMutation = graphql(`
  mutation FinalizeAssetUpload($input: FinalizeAssetUploadInput!) {
    finalizeAssetUpload(input: $input) {
      ...AssetFields
    }
  }
`);

export const UpdateAssetMutation = graphql(`
  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      ...AssetFields
    }
  }
`);

export const ArchiveAssetMutation = graphql(`
  mutation ArchiveAsset($id: ID!, $version: Int!) {
    archiveAsset(id: $id, version: $version) {
      ...AssetFields
    }
  }
`);

export const UnarchiveAssetMutation = graphql(`
  mutation UnarchiveAsset($id: ID!, $version: Int!) {
    unarchiveAsset(id: $id, version: $version) {
      ...AssetFields
    }
  }
`);

export const DeleteAssetMutation = graphql(`
  mutation DeleteAsset($id: ID!, $version: Int!) {
    deleteAsset(id: $id, version: $version)
  }
`);

export const SetPostAssetsMutation = graphql(`
  mutation SetPostAssets($postId: ID!, $version: Int, $assets: [PostAssetInput!]!) {
    setPostAssets(postId: $postId, version: $version, assets: $assets) {
      id
      version
    }
  }
`);

export const BrandKitAssetFields = graphql(`
  fragment BrandKitAssetFields on BrandKitAsset {
    id
    label
    usage
    section
    asset {
      id
      title
      kind
      altText
      file {
        mimeType
        originalName
      }
      thumb: downloadUrl(rendition: THUMB)
      original: downloadUrl(rendition: ORIGINAL)
    }
  }
`);

export const BrandKitQuery = graphql(`
  query BrandKit {
    brandKit {
      colours {
        id
        name
        hex
        usage
      }
      logos {
        ...BrandKitAssetFields
      }
      fonts {
        ...BrandKitAssetFields
      }
      templates {
        ...BrandKitAssetFields
      }
    }
  }
`);

export const SetBrandKitMutation = graphql(`
  mutation SetBrandKit($input: BrandKitInput!) {
    setBrandKit(input: $input) {
      colours {
        id
      }
    }
  }
`);
