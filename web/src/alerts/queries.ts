import { graphql } from '@/gql';

/*
 * The Alerts page's documents (a plain module: the view, its dialogs and the live feed share them). The feed carries
 * the alert fragment, so an event (raised, changed, dismissed, cleared) rewrites the cached alert by id, its first page of
 * incidents and all.
 */

/** One incident as its row shows it; whether I may remediate it is the server's to say. */
export const AlertIncidentFragment = graphql(`
  fragment AlertIncident_incident on AlertIncident {
    id
    alertType
    detail
    raisedAt
    viewerCanRemediate
    principal {
      id
      displayName
    }
    role {
      id
      name
    }
    scope {
      id
      name
    }
    assignment {
      assignmentId
    }
  }
`);

/** The incidents after the first page, a page at a time (an alert may have hundreds of thousands). */
export const AlertIncidentsMore = graphql(`
  query AlertIncidentsMore($alertId: ID!, $after: String) {
    alert(id: $alertId) {
      id
      incidentPage(first: 100, after: $after) {
        totalCount
        edges {
          node {
            id
            ...AlertIncident_incident
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** An alert as its card shows it: what it is, where it stands, its incidents and settings. */
export const AlertCardFragment = graphql(`
  fragment AlertCard_alert on Alert {
    id
    type
    severity
    title
    description
    mitigation
    active
    dismissed
    dismissedAt
    dismissedBy {
      id
      displayName
    }
    incidentCount
    lastScannedAt
    remediable
    resource
    viewerCanManage
    settings {
      enabled
      thresholds {
        name
        label
        min
        max
        value
        defaultValue
      }
    }
    remedy
    incidentPage(first: 25) {
      totalCount
      edges {
        node {
          id
          ...AlertIncident_incident
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The alert catalogue as I may read it, in the catalogue's order (the page sorts it by severity). */
export const AlertList = graphql(`
  query AlertList {
    alerts {
      id
      severity
      ...AlertCard_alert
    }
  }
`);

/** Alerts raised, changed, dismissed or cleared, as I may read them. */
export const AlertsFeed = graphql(`
  subscription AlertChanged {
    alerts {
      id
      severity
      ...AlertCard_alert
    }
  }
`);

export const UpdateAlertSettings = graphql(`
  mutation UpdateAlertSettings($alertId: ID!, $input: AlertSettingsInput!) {
    updateAlertSettings(alertId: $alertId, input: $input) {
      id
      ...AlertCard_alert
    }
  }
`);

export const DismissAlert = graphql(`
  mutation DismissAlert($alertId: ID!) {
    dismissAlert(alertId: $alertId) {
      id
      ...AlertCard_alert
    }
  }
`);

export const RefreshAlerts = graphql(`
  mutation RefreshAlerts {
    refreshAlerts {
      id
      ...AlertCard_alert
    }
  }
`);

export const RemediateAlertIncident = graphql(`
  mutation RemediateAlertIncident($incidentId: ID!, $justification: String) {
    remediateAlertIncident(incidentId: $incidentId, justification: $justification) {
      id
      ...AlertCard_alert
    }
  }
`);
