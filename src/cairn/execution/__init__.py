"""The execution chain: work items (epics, stories, tasks, sub-tasks) and sprints behind initiatives."""
