// NameCollector: the labels and relationship types a statement's MATCH patterns ask for,
// so the driver can warn about names the graph does not have.
import QuiverSyntax

enum NameCollector {
    static func matchNames(_ statements: [ParsedStatement]) -> (labels: [Identifier], types: [Identifier]) {
        var labels: [Identifier] = [], types: [Identifier] = []
        for parsed in statements {
            guard case .success(let stmt) = parsed.result else { continue }
            for clause in stmt.clauses {
                guard case .match(let m) = clause else { continue }
                for part in m.patterns {
                    labels += part.start.labels
                    for step in part.steps {
                        types += step.relationship.types
                        labels += step.node.labels
                    }
                }
            }
        }
        return (labels, types)
    }
}
