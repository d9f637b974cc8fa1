// Users of Quiver see the Syntax module's public types (QuiverError, SourceText, Parser, ...)
// without importing it themselves.
@_exported import QuiverSyntax
