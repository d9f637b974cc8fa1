// InstructionSet: the one declaration of every opcode: its operands, a synopsis with operand
// placeholders, and a one-line description. EXPLAIN, the docs and the tests read this table.
//
// Every instruction works on a whole batch: registers hold up to `batchSize` rows and a
// selection vector names the live rows. Operand letters: A B C D are Int32 operands.
// In synopses, r[X] is register X, v[X] is a value source (register if X >= 0, constant
// -1-X otherwise), k[X] a constant, cur[X] a cursor, aux[X] an entry of the aux table.

enum Opcode: UInt8, CaseIterable, Sendable {
    // Control
    case goto_, halt
    // Sources: Open snapshots the live rows; XxxNext fills the next output batch or jumps to B.
    case open, onceNext, scanNext, seekNext, expandNext, varExpandNext, shortestNext
    case unwindNext, rangeNext, bufferNext, aggNext, sortNext, optNext
    // Selection
    case filter, hasLabels, distinct, relUnique, skip, limit, selSave, selWhere, selLoad
    // Values
    case const_, move, prop, index, slice, labelTest, makeList, makeMap, makePath, call
    case add, sub, mul, div, mod, pow, neg, not, and, or, xor
    case eq, ne, lt, le, gt, ge, isNull, isNotNull, startsWith, endsWith, contains, in_
    // Sinks
    case aggStep, sortAppend, bufferAppend, optStart, optCollect, optFinish, resultRow
    // Writes
    case createNode, createRel
    // Fused kernels (chosen by the planner for common shapes)
    case countDegrees, sumNeighbourDegrees, filterProp

    struct Spec {
        let name: String
        /// Synopsis with operand letters, e.g. "r[A] = v[B] + v[C]".
        let synopsis: String
        let doc: String
        /// Whether operand B is a jump target.
        let jumpB: Bool
    }

    var spec: Spec {
        switch self {
        case .goto_: return Spec(name: "Goto", synopsis: "goto A", doc: "Jump to address A.", jumpB: false)
        case .halt: return Spec(name: "Halt", synopsis: "", doc: "End of the program.", jumpB: false)
        case .open: return Spec(name: "Open", synopsis: "cur[A] <- live rows", doc: "Snapshot the live rows (the cursor's carried registers) as the input of cursor A.", jumpB: false)
        case .onceNext: return Spec(name: "Once", synopsis: "one empty row, else goto B", doc: "Produce a single row with no columns the first time; then jump to B.", jumpB: true)
        case .scanNext: return Spec(name: "ScanNext", synopsis: "cur[A]: next nodes, else goto B", doc: "Next batch of (input row x node of a label, or all nodes).", jumpB: true)
        case .seekNext: return Spec(name: "SeekNext", synopsis: "cur[A]: index seek, else goto B", doc: "Next batch of nodes whose (label, key) equals a value, through the hash index.", jumpB: true)
        case .expandNext: return Spec(name: "ExpandNext", synopsis: "cur[A]: next neighbours, else goto B", doc: "Next batch of (input row x relationship) along the CSR adjacency of the input node.", jumpB: true)
        case .varExpandNext: return Spec(name: "VarExpandNext", synopsis: "cur[A]: next trails, else goto B", doc: "Next batch of variable-length trails (min..max hops) from the input node.", jumpB: true)
        case .shortestNext: return Spec(name: "ShortestNext", synopsis: "cur[A]: shortest paths, else goto B", doc: "Next batch of shortest paths between two bound nodes (bidirectional BFS).", jumpB: true)
        case .unwindNext: return Spec(name: "UnwindNext", synopsis: "cur[A]: next list elements, else goto B", doc: "Next batch of (input row x element of a list).", jumpB: true)
        case .rangeNext: return Spec(name: "RangeNext", synopsis: "cur[A]: next integers, else goto B", doc: "Next batch of (input row x integer of range(from, to, step)) without building the list.", jumpB: true)
        case .bufferNext: return Spec(name: "BufferNext", synopsis: "buf[A]: next rows, else goto B", doc: "Next batch of rows from a materialised buffer.", jumpB: true)
        case .aggNext: return Spec(name: "AggNext", synopsis: "agg[A]: next groups, else goto B", doc: "Next batch of groups: grouping keys and final aggregate values.", jumpB: true)
        case .sortNext: return Spec(name: "SortNext", synopsis: "sort[A]: next rows, else goto B", doc: "Next batch of rows from a sorter (sorted on first call).", jumpB: true)
        case .optNext: return Spec(name: "OptNext", synopsis: "opt[A]: next rows, else goto B", doc: "Next batch of OPTIONAL MATCH rows (matches, or the input row with nulls).", jumpB: true)
        case .filter: return Spec(name: "Filter", synopsis: "keep r[A] = true, else goto B", doc: "Keep the live rows where r[A] is true; jump to B when none is left.", jumpB: true)
        case .hasLabels: return Spec(name: "HasLabels", synopsis: "keep r[A] has labels aux[C], else goto B", doc: "Keep rows whose node r[A] has every label of aux[C].", jumpB: true)
        case .distinct: return Spec(name: "Distinct", synopsis: "keep first of aux[C], else goto B", doc: "Keep rows whose values (registers aux[C]) were not seen before (set D).", jumpB: true)
        case .relUnique: return Spec(name: "RelUnique", synopsis: "keep distinct rels aux[C], else goto B", doc: "Keep rows whose relationships (registers aux[C]) are pairwise different.", jumpB: true)
        case .skip: return Spec(name: "Skip", synopsis: "drop first v[C] rows (counter D), else goto B", doc: "Drop the first v[C] rows of the stream.", jumpB: true)
        case .limit: return Spec(name: "Limit", synopsis: "pass v[C] rows (counter D), else goto A", doc: "Pass at most v[C] rows; when the quota is used up jump to A (the stream's end).", jumpB: false)
        case .selSave: return Spec(name: "SelSave", synopsis: "sel[A] = live rows", doc: "Save the selection vector in slot A.", jumpB: false)
        case .selWhere: return Spec(name: "SelWhere", synopsis: "live = rows with r[A]; sel[B] = the others", doc: "Narrow the selection to rows where r[A] is true; save the rest in slot B.", jumpB: false)
        case .selLoad: return Spec(name: "SelLoad", synopsis: "live = sel[A]", doc: "Restore the selection vector from slot A.", jumpB: false)
        case .const_: return Spec(name: "Const", synopsis: "r[A] = k[B]", doc: "Set r[A] to a constant.", jumpB: false)
        case .move: return Spec(name: "Move", synopsis: "r[A] = v[B]", doc: "Copy a value.", jumpB: false)
        case .prop: return Spec(name: "Property", synopsis: "r[A] = v[B].k[C]", doc: "Property of a node, relationship or map (null when absent).", jumpB: false)
        case .index: return Spec(name: "Index", synopsis: "r[A] = v[B][v[C]]", doc: "List element or map value.", jumpB: false)
        case .slice: return Spec(name: "Slice", synopsis: "r[A] = v[B][v[C]..v[D]]", doc: "List slice; a missing bound is D or C = absent.", jumpB: false)
        case .labelTest: return Spec(name: "LabelTest", synopsis: "r[A] = v[B] has labels aux[C]", doc: "Label predicate on a node.", jumpB: false)
        case .makeList: return Spec(name: "MakeList", synopsis: "r[A] = [aux[B]]", doc: "Build a list from value sources.", jumpB: false)
        case .makeMap: return Spec(name: "MakeMap", synopsis: "r[A] = {aux[B]}", doc: "Build a map from keys and value sources.", jumpB: false)
        case .makePath: return Spec(name: "MakePath", synopsis: "r[A] = path(aux[B])", doc: "Build a path from node and relationship registers.", jumpB: false)
        case .call: return Spec(name: "Call", synopsis: "r[A] = fn[B](aux[C])", doc: "Call a scalar function on every live row.", jumpB: false)
        case .add: return Spec(name: "Add", synopsis: "r[A] = v[B] + v[C]", doc: "Addition, string or list concatenation.", jumpB: false)
        case .sub: return Spec(name: "Subtract", synopsis: "r[A] = v[B] - v[C]", doc: "Subtraction.", jumpB: false)
        case .mul: return Spec(name: "Multiply", synopsis: "r[A] = v[B] * v[C]", doc: "Multiplication.", jumpB: false)
        case .div: return Spec(name: "Divide", synopsis: "r[A] = v[B] / v[C]", doc: "Division (integer division on integers).", jumpB: false)
        case .mod: return Spec(name: "Modulo", synopsis: "r[A] = v[B] % v[C]", doc: "Remainder.", jumpB: false)
        case .pow: return Spec(name: "Power", synopsis: "r[A] = v[B] ^ v[C]", doc: "Exponentiation (always a float).", jumpB: false)
        case .neg: return Spec(name: "Negate", synopsis: "r[A] = -v[B]", doc: "Arithmetic negation.", jumpB: false)
        case .not: return Spec(name: "Not", synopsis: "r[A] = NOT v[B]", doc: "Ternary NOT.", jumpB: false)
        case .and: return Spec(name: "And", synopsis: "r[A] = v[B] AND v[C]", doc: "Ternary AND.", jumpB: false)
        case .or: return Spec(name: "Or", synopsis: "r[A] = v[B] OR v[C]", doc: "Ternary OR.", jumpB: false)
        case .xor: return Spec(name: "Xor", synopsis: "r[A] = v[B] XOR v[C]", doc: "Ternary XOR.", jumpB: false)
        case .eq: return Spec(name: "Eq", synopsis: "r[A] = v[B] = v[C]", doc: "Equality (null when either side is null).", jumpB: false)
        case .ne: return Spec(name: "Ne", synopsis: "r[A] = v[B] <> v[C]", doc: "Inequality.", jumpB: false)
        case .lt: return Spec(name: "Lt", synopsis: "r[A] = v[B] < v[C]", doc: "Less than.", jumpB: false)
        case .le: return Spec(name: "Le", synopsis: "r[A] = v[B] <= v[C]", doc: "Less or equal.", jumpB: false)
        case .gt: return Spec(name: "Gt", synopsis: "r[A] = v[B] > v[C]", doc: "Greater than.", jumpB: false)
        case .ge: return Spec(name: "Ge", synopsis: "r[A] = v[B] >= v[C]", doc: "Greater or equal.", jumpB: false)
        case .isNull: return Spec(name: "IsNull", synopsis: "r[A] = v[B] IS NULL", doc: "Null test.", jumpB: false)
        case .isNotNull: return Spec(name: "IsNotNull", synopsis: "r[A] = v[B] IS NOT NULL", doc: "Non-null test.", jumpB: false)
        case .startsWith: return Spec(name: "StartsWith", synopsis: "r[A] = v[B] STARTS WITH v[C]", doc: "String prefix test.", jumpB: false)
        case .endsWith: return Spec(name: "EndsWith", synopsis: "r[A] = v[B] ENDS WITH v[C]", doc: "String suffix test.", jumpB: false)
        case .contains: return Spec(name: "Contains", synopsis: "r[A] = v[B] CONTAINS v[C]", doc: "Substring test.", jumpB: false)
        case .in_: return Spec(name: "In", synopsis: "r[A] = v[B] IN v[C]", doc: "List membership (ternary).", jumpB: false)
        case .aggStep: return Spec(name: "AggStep", synopsis: "agg[A] += live rows", doc: "Feed the live rows into the grouping hash table and its aggregates.", jumpB: false)
        case .sortAppend: return Spec(name: "SortAppend", synopsis: "sort[A] += live rows", doc: "Append the live rows to a sorter (a bounded heap when it has a limit).", jumpB: false)
        case .bufferAppend: return Spec(name: "BufferAppend", synopsis: "buf[A] += live rows", doc: "Materialise the live rows.", jumpB: false)
        case .optStart: return Spec(name: "OptStart", synopsis: "opt[A] <- live rows", doc: "Begin an OPTIONAL MATCH for the live rows: tag them, reset matches.", jumpB: false)
        case .optCollect: return Spec(name: "OptCollect", synopsis: "opt[A] += live rows", doc: "Record matches of the OPTIONAL MATCH.", jumpB: false)
        case .optFinish: return Spec(name: "OptFinish", synopsis: "opt[A]: add unmatched rows", doc: "Add each input row without a match, with nulls for the new variables.", jumpB: false)
        case .resultRow: return Spec(name: "ResultRow", synopsis: "emit aux[A]", doc: "Emit the live rows as result rows.", jumpB: false)
        case .createNode: return Spec(name: "CreateNode", synopsis: "r[A] = create node aux[B]", doc: "Create one node per live row.", jumpB: false)
        case .createRel: return Spec(name: "CreateRel", synopsis: "r[A] = create rel aux[B]", doc: "Create one relationship per live row.", jumpB: false)
        case .sumNeighbourDegrees: return Spec(name: "SumNeighbourDegrees", synopsis: "r[A] = sum of second-hop degrees over the first-hop neighbours of r[B] (aux[C])", doc: "Factorised count of two hops: for each node, add up the degrees of its neighbours instead of enumerating the paths.", jumpB: false)
        case .filterProp: return Spec(name: "FilterProperty", synopsis: "keep r[A].aux[C], else goto B", doc: "Keep rows whose node or relationship property compares true with a constant, reading the typed column directly.", jumpB: true)
        case .countDegrees: return Spec(name: "CountDegrees", synopsis: "r[A] = sum of degrees of r[B] (aux[C])", doc: "Factorised count: sum the CSR degrees of r[B] instead of enumerating the last hop.", jumpB: false)
        }
    }
}

/// One VM instruction: an opcode and four operands.
struct Instruction: Sendable {
    var op: Opcode
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var d: Int32 = 0
}

extension Opcode {
    /// docs/opcodes.md, generated from `spec` (a test keeps the file current).
    static func markdownReference() -> String {
        var s = "# Quiver VM instruction set\n\n"
        s += "Generated from `Sources/Quiver/VM/InstructionSet.swift` by `OpcodeDocTests`; do not edit.\n"
        s += "Regenerate with `QUIVER_WRITE_DOCS=1 swift test --filter OpcodeDocTests`.\n\n"
        s += "Every instruction works on a whole batch of rows. `r[X]` is register X, `v[X]` a register or\n"
        s += "(when X < 0) the constant -1-X, `k[X]` a constant, `cur[X]` a cursor, `aux[X]` a side-table entry.\n\n"
        s += "| opcode | synopsis | jumps | description |\n|---|---|---|---|\n"
        for op in Opcode.allCases {
            let sp = op.spec
            let jumps = sp.jumpB ? "B" : (op == .goto_ || op == .limit ? "A" : "")
            s += "| \(sp.name) | `\(sp.synopsis)` | \(jumps) | \(sp.doc) |\n"
        }
        return s
    }
}
