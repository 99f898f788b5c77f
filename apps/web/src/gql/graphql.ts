/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an API key may do: FEED_READ (feed:read), SUBMISSIONS_WRITE (submissions:write), USAGE_WRITE (usage:write) */
export type ApiScope = 'FEED_READ' | 'SUBMISSIONS_WRITE' | 'USAGE_WRITE';

/** Social-media channel */
export type Channel = 'FACEBOOK' | 'GENERIC' | 'INSTAGRAM' | 'LINKEDIN' | 'X';

export type CreateApiKeyInput = {
  expiresAt?: string | null | undefined;
  /** What the key is for, e.g. "Website" or "Planner" */
  name: string;
  scopes: Array<ApiScope>;
  /** Central admins: the library; default your own */
  tenantId?: string | number | null | undefined;
};

export type CreateTenantInput = {
  branchCount?: number | null | undefined;
  catalogueUrl?: string | null | undefined;
  channels?: Array<SocialChannelInput> | null | undefined;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
  displayName?: string | null | undefined;
  name: string;
  openingHoursUrl?: string | null | undefined;
  phone?: string | null | undefined;
  province: Province;
  /** Lower-case letters, digits and hyphens; used in URLs */
  slug: string;
  website?: string | null | undefined;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** Initial password, 10 to 256 characters */
  password: string;
  role: Role;
  /** Central admins: the tenant; default your own */
  tenantId?: string | number | null | undefined;
};

/** The twelve Dutch provinces */
export type Province =
  | 'DRENTHE'
  | 'FLEVOLAND'
  | 'FRIESLAND'
  | 'GELDERLAND'
  | 'GRONINGEN'
  | 'LIMBURG'
  | 'NOORD_BRABANT'
  | 'NOORD_HOLLAND'
  | 'OVERIJSSEL'
  | 'UTRECHT'
  | 'ZEELAND'
  | 'ZUID_HOLLAND';

/** What a user may do */
export type Role =
  'CENTRAL_ADMIN' | 'CENTRAL_EDITOR' | 'LIBRARY_ADMIN' | 'LIBRARY_EDITOR' | 'PROGRAMME_VIEWER';

export type SocialChannelInput = {
  channel: Channel;
  handle: string;
  url?: string | null | undefined;
};

/** The national office (CENTRAL) or a library (LIBRARY) */
export type TenantKind = 'CENTRAL' | 'LIBRARY';

export type UpdateTenantInput = {
  active?: boolean | null | undefined;
  branchCount?: number | null | undefined;
  catalogueUrl?: string | null | undefined;
  channels?: Array<SocialChannelInput> | null | undefined;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
  displayName?: string | null | undefined;
  name?: string | null | undefined;
  openingHoursUrl?: string | null | undefined;
  phone?: string | null | undefined;
  province?: Province | null | undefined;
  version: number;
  website?: string | null | undefined;
};

export type UpdateTenantProfileInput = {
  branchCount?: number | null | undefined;
  catalogueUrl?: string | null | undefined;
  channels?: Array<SocialChannelInput> | null | undefined;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
  displayName?: string | null | undefined;
  openingHoursUrl?: string | null | undefined;
  phone?: string | null | undefined;
  /** Central admins only: the library to edit; default your own */
  tenantId?: string | number | null | undefined;
  version: number;
  website?: string | null | undefined;
};

export type UpdateUserInput = {
  name?: string | null | undefined;
  role?: Role | null | undefined;
  version: number;
};

export type ApiKeyFieldsFragment = {
  id: string;
  name: string;
  prefix: string;
  scopes: Array<ApiScope>;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type ApiKeysQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;

export type ApiKeysQuery = {
  apiKeys: Array<{
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiScope>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }>;
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  createApiKey: {
    key: string;
    apiKey: {
      id: string;
      name: string;
      prefix: string;
      scopes: Array<ApiScope>;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiKeyMutation = {
  revokeApiKey: {
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiScope>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
};

export type CurrentUserFieldsFragment = {
  id: string;
  name: string;
  email: string;
  role: Role;
  lastLoginAt: string | null;
  tenant: { id: string; slug: string; name: string; kind: TenantKind };
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    refreshToken: string;
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      lastLoginAt: string | null;
      tenant: { id: string; slug: string; name: string; kind: TenantKind };
    };
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    name: string;
    email: string;
    role: Role;
    lastLoginAt: string | null;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = {
  changePassword: {
    accessToken: string;
    refreshToken: string;
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      lastLoginAt: string | null;
      tenant: { id: string; slug: string; name: string; kind: TenantKind };
    };
  };
};

export type TenantListFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  city: string | null;
  province: Province | null;
  branchCount: number;
  active: boolean;
};

export type TenantsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  province?: Province | null | undefined;
  active?: boolean | null | undefined;
  kind?: TenantKind | null | undefined;
}>;

export type TenantsQuery = {
  tenants: {
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      city: string | null;
      province: Province | null;
      branchCount: number;
      active: boolean;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type LibraryOptionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type LibraryOptionsQuery = {
  tenants: {
    nodes: Array<{ id: string; slug: string; name: string; active: boolean }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type TenantFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  province: Province | null;
  city: string | null;
  displayName: string | null;
  website: string | null;
  phone: string | null;
  openingHoursUrl: string | null;
  catalogueUrl: string | null;
  contactEmail: string | null;
  branchCount: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  channels: Array<{ channel: Channel; handle: string; url: string | null }>;
};

export type TenantQueryVariables = Exact<{
  slug: string;
}>;

export type TenantQuery = {
  tenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;

export type CreateTenantMutation = {
  createTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type UpdateTenantMutationVariables = Exact<{
  id: string | number;
  input: UpdateTenantInput;
}>;

export type UpdateTenantMutation = {
  updateTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type UpdateTenantProfileMutationVariables = Exact<{
  input: UpdateTenantProfileInput;
}>;

export type UpdateTenantProfileMutation = {
  updateTenantProfile: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type DeactivateTenantMutationVariables = Exact<{
  id: string | number;
}>;

export type DeactivateTenantMutation = {
  deactivateTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type ReactivateTenantMutationVariables = Exact<{
  id: string | number;
}>;

export type ReactivateTenantMutation = {
  reactivateTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type UserFieldsFragment = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  tenant: { id: string; slug: string; name: string; kind: TenantKind };
};

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  tenantId?: string | number | null | undefined;
}>;

export type UsersQuery = {
  users: {
    nodes: Array<{
      id: string;
      name: string;
      email: string;
      role: Role;
      disabled: boolean;
      lastLoginAt: string | null;
      createdAt: string;
      version: number;
      tenant: { id: string; slug: string; name: string; kind: TenantKind };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type UserQueryVariables = Exact<{
  id: string | number;
}>;

export type UserQuery = {
  user: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  createUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DisableUserMutation = {
  disableUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;

export type EnableUserMutation = {
  enableUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshSessionMutation = { refreshToken: { accessToken: string; refreshToken: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `,
  { fragmentName: 'ApiKeyFields' },
) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}
    `,
  { fragmentName: 'CurrentUserFields' },
) as unknown as TypedDocumentString<CurrentUserFieldsFragment, unknown>;
export const TenantListFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment TenantListFields on Tenant {
  id
  slug
  name
  city
  province
  branchCount
  active
}
    `,
  { fragmentName: 'TenantListFields' },
) as unknown as TypedDocumentString<TenantListFieldsFragment, unknown>;
export const TenantFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'TenantFields' },
) as unknown as TypedDocumentString<TenantFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}
    `,
  { fragmentName: 'UserFields' },
) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($tenantId: ID) {
  apiKeys(tenantId: $tenantId) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    refreshToken
    user {
      ...CurrentUserFields
    }
  }
}
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...CurrentUserFields
  }
}
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    accessToken
    refreshToken
    user {
      ...CurrentUserFields
    }
  }
}
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const TenantsDocument = new TypedDocumentString(`
    query Tenants($first: Int!, $after: String, $search: String, $province: Province, $active: Boolean, $kind: TenantKind) {
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
    fragment TenantListFields on Tenant {
  id
  slug
  name
  city
  province
  branchCount
  active
}`) as unknown as TypedDocumentString<TenantsQuery, TenantsQueryVariables>;
export const LibraryOptionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<LibraryOptionsQuery, LibraryOptionsQueryVariables>;
export const TenantDocument = new TypedDocumentString(`
    query Tenant($slug: String!) {
  tenant(slug: $slug) {
    ...TenantFields
  }
}
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
}`) as unknown as TypedDocumentString<TenantQuery, TenantQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    ...TenantFields
  }
}
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
}`) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = new TypedDocumentString(`
    mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
  updateTenant(id: $id, input: $input) {
    ...TenantFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const UpdateTenantProfileDocument = new TypedDocumentString(`
    mutation UpdateTenantProfile($input: UpdateTenantProfileInput!) {
  updateTenantProfile(input: $input) {
    ...TenantFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateTenantProfileMutation, UpdateTenantProfileMutationVariables>;
export const DeactivateTenantDocument = new TypedDocumentString(`
    mutation DeactivateTenant($id: ID!) {
  deactivateTenant(id: $id) {
    ...TenantFields
  }
}
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
}`) as unknown as TypedDocumentString<DeactivateTenantMutation, DeactivateTenantMutationVariables>;
export const ReactivateTenantDocument = new TypedDocumentString(`
    mutation ReactivateTenant($id: ID!) {
  reactivateTenant(id: $id) {
    ...TenantFields
  }
}
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
}`) as unknown as TypedDocumentString<ReactivateTenantMutation, ReactivateTenantMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $search: String, $role: Role, $tenantId: ID) {
  users(
    first: $first
    after: $after
    search: $search
    role: $role
    tenantId: $tenantId
  ) {
    nodes {
      ...UserFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
