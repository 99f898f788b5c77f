import { graphql } from '../../gql';

export const TenantListFields = graphql(`
  fragment TenantListFields on Tenant {
    id
    slug
    name
    city
    province
    branchCount
    active
  }
`);

export const TenantsQuery = graphql(`
  query Tenants(
    $first: Int!
    $after: String
    $search: String
    $province: Province
    $active: Boolean
    $kind: TenantKind
  ) {
    tenants(
      first: $first
      after: $after
      search: $search
      province: $province
      active: $active
      kind: $kind
    ) {
      nodes {
        ...TenantListFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const LibraryOptionsQuery = graphql(`
  query LibraryOptions($after: String) {
    tenants(first: 100, after: $after, kind: LIBRARY) {
      nodes {
        id
        slug
        name
        active
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const TenantFields = graphql(`
  fragment TenantFields on Tenant {
    id
    slug
    name
    kind
    province
    city
    displayName
    website
    phone
    openingHoursUrl
    catalogueUrl
    contactEmail
    branchCount
    channels {
      channel
      handle
      url
    }
    active
    version
    createdAt
    updatedAt
  }
`);

export const TenantQuery = graphql(`
  query Tenant($slug: String!) {
    tenant(slug: $slug) {
      ...TenantFields
    }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      ...TenantFields
    }
  }
`);

export const UpdateTenantMutation = graphql(`
  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
    updateTenant(id: $id, input: $input) {
      ...TenantFields
    }
  }
`);

export const UpdateTenantProfileMutation = graphql(`
  mutation UpdateTenantProfile($input: UpdateTenantProfileInput!) {
    updateTenantProfile(input: $input) {
      ...TenantFields
    }
  }
`);

export const DeactivateTenantMutation = graphql(`
  mutation DeactivateTenant($id: ID!) {
    deactivateTenant(id: $id) {
      ...TenantFields
    }
  }
`);

export const ReactivateTenantMutation = graphql(`
  mutation ReactivateTenant($id: ID!) {
    reactivateTenant(id: $id) {
      ...TenantFields
    }
  }
`);
