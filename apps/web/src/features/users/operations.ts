import { graphql } from '../../gql';

export const UserFields = graphql(`
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
`);

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $search: String, $role: Role, $tenantId: ID) {
    users(first: $first, after: $after, search: $search, role: $role, tenantId: $tenantId) {
      nodes {
        ...UserFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      ...UserFields
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      ...UserFields
    }
  }
`);
