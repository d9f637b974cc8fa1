// Scope: the variables visible at a point of the query, each bound to a VM register, with
// the kind of thing it holds (for VariableTypeConflict checks and planning).
import QuiverSyntax

enum VarKind: Equatable {
    case node, rel, relList, path, value
    var name: String {
        switch self {
        case .node: return "Node"
        case .rel: return "Relationship"
        case .relList: return "List<Relationship>"
        case .path: return "Path"
        case .value: return "value"
        }
    }
}

struct Variable {
    var reg: Int32
    var kind: VarKind
    /// The value's type when it is known at compile time (a literal bound by WITH).
    var staticType: String? = nil
}

struct Scope {
    private(set) var vars: [String: Variable] = [:]
    /// Names in the order they were bound (RETURN * sorts them by name).
    private(set) var order: [String] = []

    subscript(_ name: String) -> Variable? { vars[name] }

    mutating func bind(_ name: String, _ v: Variable) {
        if vars[name] == nil { order.append(name) }
        vars[name] = v
    }

    var registers: [Int32] { order.compactMap { vars[$0]?.reg } }
    var isEmpty: Bool { vars.isEmpty }
}

/// A forward jump target: instructions that jump to it are patched when it is placed.
final class Label {
    var address: Int? = nil
    /// (instruction index, operand: 0 = a, 1 = b)
    var patches: [(Int, Int)] = []
}
