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
  '\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    lastLoginAt\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n': typeof types.CurrentUserFieldsFragmentDoc;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n': typeof types.ChangePasswordDocument;
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
  '\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    lastLoginAt\n    tenant {\n      id\n      slug\n      name\n      kind\n    }\n  }\n':
    types.CurrentUserFieldsFragmentDoc,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      refreshToken\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n':
    types.ChangePasswordDocument,
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
