"""Live sync: signed inbound webhooks from GitHub, GitLab and Jira keep work items up to date."""
