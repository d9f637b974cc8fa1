// Program: what the compiler emits and the Machine runs: the instruction array, a source span
// per instruction, the constant pool and the side tables that wide instructions point into.
import QuiverSyntax

/// Side-table entries for instructions whose operands do not fit in A..D.
enum Aux: Sendable {
    case sources([Int32])
    case labels([String])
    case map(keys: [String], values: [Int32])
    /// Path pieces in order: node registers and relationship registers (a list register for var-length).
    case path(nodes: [Int32], rels: [Int32], relIsList: [Bool])
    case createNode(labels: [String], keys: [String], values: [Int32])
    case createRel(type: String, from: Int32, to: Int32, keys: [String], values: [Int32])
    /// Degree counting: node register, relationship types, direction.
    case degrees(types: [String], direction: Direction)
    /// Two-hop degree sums: the first hop's types and direction, then the second's.
    case twoHopDegrees(first: [String], firstDirection: Direction, second: [String], secondDirection: Direction)
    /// A property compared with constants: every `key op value` must hold (op is eq, ne, lt,
    /// le, gt or ge; two tests when a range such as `lo <= v.key < hi` was fused).
    case propertyFilter(key: String, tests: [PropertyTest])
}

struct PropertyTest: Sendable {
    let op: Opcode
    /// A constant operand (-1 - constant index).
    let value: Int32
}

/// What a cursor enumerates for each input row.
enum CursorKind: Sendable {
    case once
    /// Nodes of a label (nil: all nodes).
    case scan(label: String?, out: Int32)
    /// Nodes of `label` whose `key` equals v[value].
    case seek(label: String, key: String, value: Int32, out: Int32)
    /// One hop from r[from]; out relationship register may be -1.
    case expand(from: Int32, types: [String], direction: Direction, outNode: Int32, outRel: Int32)
    /// min..max hops; `outRels` gets the list of relationships; `outNodes` (or -1) the list of nodes.
    case varExpand(from: Int32, types: [String], direction: Direction, min: Int, max: Int, outNode: Int32, outRels: Int32)
    /// Shortest path(s) between r[from] and r[to]; `outRels` gets the list of relationships.
    case shortest(from: Int32, to: Int32, types: [String], direction: Direction, min: Int, max: Int, all: Bool, outRels: Int32)
    case unwind(list: Int32, out: Int32)
    case range(from: Int32, to: Int32, step: Int32, out: Int32)
}

struct CursorSpec: Sendable {
    var kind: CursorKind
    /// Registers copied from the input row into every output row.
    var carry: [Int32]
}

enum AggKind: String, Sendable { case count, countStar, sum, avg, min, max, collect }

struct AggregateSpec: Sendable {
    var kind: AggKind
    var arg: Int32
    var distinct: Bool
    var out: Int32
}

struct AggregationSpec: Sendable {
    /// Value sources of the grouping keys (read by AggStep).
    var keys: [Int32]
    var aggregates: [AggregateSpec]
    /// Registers AggNext writes the keys into.
    var keyOutputs: [Int32] = []
    /// Factorised counting: each row stands for r[weight] rows (count(*) only).
    var weight: Int32? = nil
}

struct SortSpec: Sendable {
    /// Sort keys (registers) and whether each is descending.
    var keys: [(reg: Int32, descending: Bool)]
    /// Every register stored per row (includes the keys).
    var payload: [Int32]
    /// Top-k: keep only this many rows (value source), when set.
    var limit: Int32?
}

struct OptionalSpec: Sendable {
    /// Register holding the input row number (carried through the inner pattern).
    var tag: Int32
    /// Registers of the input rows.
    var inputs: [Int32]
    /// Registers the OPTIONAL MATCH binds (null for unmatched rows).
    var newRegs: [Int32]
}

struct Program: Sendable {
    var code: [Instruction] = []
    var spans: [SourceSpan] = []
    var comments: [String] = []
    var constants: [Value] = []
    var aux: [Aux] = []
    var cursors: [CursorSpec] = []
    var aggregations: [AggregationSpec] = []
    var sorts: [SortSpec] = []
    /// Register lists of buffers.
    var buffers: [[Int32]] = []
    var optionals: [OptionalSpec] = []
    var registerCount = 0
    var counterCount = 0
    var setCount = 0
    var selSlotCount = 0
    var columns: [String] = []
    /// Whether the statement has a RETURN (else its result is `.empty`).
    var returnsRows = false
    var writes = false
    var source: SourceText? = nil
}
