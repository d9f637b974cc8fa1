// Importer: COPY Label FROM 'file.csv' and COPY TYPE FROM 'file.csv' (FROM A, TO B).
// Placeholder until the bulk importer lands: it reports the statement as unsupported.
import Foundation
import QuiverSyntax

enum Importer {
    static func copy(_ c: CopyClause, into store: inout GraphStore, options: SessionOptions, source: SourceText) throws -> UpdateStats {
        throw QuiverError(.unsupportedFeature, "COPY is not available yet", detail: "COPY", span: c.span)
    }
}
