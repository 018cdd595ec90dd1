"""The document engine: documents written in sections, saved a section at a time under a
revision check, frozen into versions with a schema number, compared and moved through a
workflow. The application is one document type (`projects.application`); the reports app
registers status and final reports as others. What differs between types (sections, snapshot,
transitions, who may write) is the type's; the machinery is here, once."""
