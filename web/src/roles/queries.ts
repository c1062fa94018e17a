import { graphql } from '@/gql';

/** The role catalogue: every role, its role-wide settings and how many hold it now (as I may list them). */
export const RoleCatalogueList = graphql(`
  query RoleCatalogueList {
    roleDefinitions {
      id
      name
      kind
      builtIn
      privileged
      description
      holders {
        eligible
        active
      }
      settings {
        isDefault
        activation {
          maxDuration
          requireMfa
          requireJustification
          requireTicket
          requireApproval
          approvalStages {
            quorum
          }
        }
        assignment {
          allowPermanentEligible
          allowPermanentActive
        }
      }
    }
  }
`);
