/** Interfaces in schema.graphql, so fragments on User/Group/ServicePrincipal match Principal fields. */
export const possibleTypes = { Principal: ['User', 'Group', 'ServicePrincipal'] };
