"""The project page frame, kept importable from here for the views written against it."""

from projects.pages import BUILT_IN_TABS, Tab, project_context, project_tabs

__all__ = ["BUILT_IN_TABS", "Tab", "project_context", "project_tabs"]
