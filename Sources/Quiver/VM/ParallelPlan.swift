// ParallelPlan: whether a program's first pipeline can run split over threads. The shape is
// the common analytic one: `Once; Open scan; ScanNext; <row-local work>; AggStep; Goto` and
// then the AggNext that drains the groups. Each part scans a slice of the node list into its
// own aggregation state; the parts' groups are then merged and the program goes on, on one
// thread, from the AggNext. Only instructions whose effect is local to the rows of a batch
// may appear in the loop (no DISTINCT, SKIP/LIMIT, sorting, writes, result rows or host
// functions), and every aggregate must be mergeable (count, sum, avg, min, max; no DISTINCT
// or collect, whose order or sets would need more than adding up).

struct ParallelPlan {
    /// The scan cursor to split.
    let scanCursor: Int
    /// The aggregation the parts fill.
    let aggregation: Int
    /// Address of the AggNext the parts stop at.
    let drain: Int

    /// The plan for a program, or nil when its first pipeline does not have the shape.
    static func of(_ program: Program, builtinFunctions: Int) -> ParallelPlan? {
        let code = program.code
        guard code.count > 6, code[0].op == .onceNext, code[1].op == .open, code[2].op == .scanNext,
              code[2].a == code[1].a, code[2].b == 0 else { return nil }
        let scan = Int(code[1].a)
        guard scan >= 0, scan < program.cursors.count, case .scan = program.cursors[scan].kind,
              program.cursors[scan].carry.isEmpty else { return nil }
        let drain = Int(code[0].b)
        // The loop ends `AggStep; Goto <the innermost loop head>`.
        guard drain > 4, drain < code.count, code[drain].op == .aggNext,
              code[drain - 1].op == .goto_, code[drain - 1].a >= 2, Int(code[drain - 1].a) < drain - 2,
              code[drain - 2].op == .aggStep, code[drain - 2].a == code[drain].a else { return nil }
        let agg = Int(code[drain].a)
        guard agg >= 0, agg < program.aggregations.count else { return nil }
        let spec = program.aggregations[agg]
        for a in spec.aggregates {
            guard !a.distinct, a.kind != .collect else { return nil }
        }
        // The loop body: row-local instructions whose jumps stay inside the loop.
        let body = 3..<(drain - 2)
        func inside(_ target: Int32) -> Bool { Int(target) >= 2 && Int(target) < drain }
        for pc in body {
            let ins = code[pc]
            switch ins.op {
            case .open:
                let c = Int(ins.a)
                guard c >= 0, c < program.cursors.count else { return nil }
                switch program.cursors[c].kind {
                case .expand, .varExpand, .unwind, .range: break
                default: return nil
                }
            case .expandNext, .varExpandNext, .unwindNext, .rangeNext,
                 .filter, .hasLabels, .relUnique, .filterProp:
                guard inside(ins.b) else { return nil }
            case .goto_:
                guard inside(ins.a) else { return nil }
            case .call:
                guard Int(ins.b) < builtinFunctions else { return nil }
            case .const_, .move, .prop, .index, .slice, .labelTest, .makeList, .makeMap, .makePath,
                 .add, .sub, .mul, .div, .mod, .pow, .neg, .not, .and, .or, .xor,
                 .eq, .ne, .lt, .le, .gt, .ge, .isNull, .isNotNull, .startsWith, .endsWith, .contains, .in_,
                 .countDegrees, .sumNeighbourDegrees, .selSave, .selWhere, .selLoad:
                break
            default:
                return nil
            }
        }
        return ParallelPlan(scanCursor: scan, aggregation: agg, drain: drain)
    }
}
