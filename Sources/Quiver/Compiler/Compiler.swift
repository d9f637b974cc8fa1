// Compiler: turns one Statement into one Program. It walks the clauses in order, keeping the
// scope (variable -> register), the innermost loop head (where a finished or emptied batch
// goes back to) and the end label of the current pipeline; pipeline breakers (aggregation,
// ORDER BY, eager buffers before writes) close one pipeline and open the next.
import QuiverSyntax

final class Compiler {
    let source: SourceText
    let parameters: [String: Value]
    let functions: [FunctionDef]
    let functionIndex: [String: Int]
    let store: GraphStore

    var program = Program()
    var scope = Scope()
    /// Registers that must be carried through sources besides the scope's (OPTIONAL MATCH tags).
    var extraLive: [Int32] = []
    /// Where a batch goes when it is finished or filtered empty: the innermost Next.
    var loopHead = Label()
    /// Where the outermost loop of the current pipeline exits.
    var pipelineEnd = Label()
    /// Whether the current pipeline has a source other than the initial single row.
    var pipelineReads = false
    /// Whether the current pipeline has written (CREATE) since its start.
    var pipelineWrites = false
    var statementWrites = false

    init(source: SourceText, parameters: [String: Value], functions: [FunctionDef], store: GraphStore) {
        self.source = source
        self.parameters = parameters
        self.functions = functions
        // The builtins come first in every function list: their index is built once.
        var idx = Engine.builtinIndex
        for i in Engine.builtinFunctions.count..<max(functions.count, Engine.builtinFunctions.count) {
            idx[functions[i].name.lowercased()] = i
        }
        self.functionIndex = idx
        self.store = store
    }

    // MARK: Errors

    func syntaxError(_ msg: String, _ detail: String, _ span: SourceSpan) -> QuiverError {
        QuiverError(.syntaxError, msg, detail: detail, span: span, phase: .compileTime)
    }

    // MARK: Emission

    @discardableResult
    func emit(_ op: Opcode, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0,
              span: SourceSpan = .none, comment: String = "") -> Int {
        program.code.append(Instruction(op: op, a: a, b: b, c: c, d: d))
        program.spans.append(span)
        program.comments.append(comment)
        return program.code.count - 1
    }

    /// Emits an instruction whose operand (0 = a, 1 = b) jumps to `label`.
    @discardableResult
    func emitJump(_ op: Opcode, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0,
                  to label: Label, operand: Int, span: SourceSpan = .none, comment: String = "") -> Int {
        let at = emit(op, a, b, c, d, span: span, comment: comment)
        if let addr = label.address { patch(at, operand, addr) } else { label.patches.append((at, operand)) }
        return at
    }

    func place(_ label: Label) {
        let addr = program.code.count
        label.address = addr
        for (at, operand) in label.patches { patch(at, operand, addr) }
        label.patches = []
    }

    private func patch(_ at: Int, _ operand: Int, _ addr: Int) {
        if operand == 0 { program.code[at].a = Int32(addr) } else { program.code[at].b = Int32(addr) }
    }

    /// A label already placed at `address`.
    func label(at address: Int) -> Label { let l = Label(); l.address = address; return l }

    func newRegister() -> Int32 {
        program.registerCount += 1
        return Int32(program.registerCount - 1)
    }

    func constant(_ v: Value) -> Int32 {
        program.constants.append(v)
        return Int32(-program.constants.count)
    }

    func constantIndex(_ v: Value) -> Int32 {
        program.constants.append(v)
        return Int32(program.constants.count - 1)
    }

    func aux(_ a: Aux) -> Int32 {
        program.aux.append(a)
        return Int32(program.aux.count - 1)
    }

    /// Registers that live across a source: every variable plus extras.
    var liveRegisters: [Int32] {
        var regs = scope.registers
        for r in extraLive where !regs.contains(r) { regs.append(r) }
        return regs
    }

    /// Opens a cursor over the live rows and makes its Next the new loop head.
    func openSource(_ kind: CursorKind, span: SourceSpan, comment: String, next op: Opcode) {
        program.cursors.append(CursorSpec(kind: kind, carry: liveRegisters))
        let c = Int32(program.cursors.count - 1)
        emit(.open, c, span: span, comment: comment)
        let at = emitJump(op, c, 0, to: loopHead, operand: 1, span: span, comment: comment)
        loopHead = label(at: at)
        pipelineReads = true
    }

    /// Keeps the rows where r is true (batch goes back to the loop head when none is left).
    func emitFilter(_ r: Int32, span: SourceSpan, comment: String = "") {
        emitJump(.filter, r, 0, to: loopHead, operand: 1, span: span, comment: comment)
    }

    // MARK: Statement

    func compile(_ stmt: Statement) throws -> Program {
        program.source = source
        program.counterCount = 1
        // The initial single empty row.
        let first = emitJump(.onceNext, 0, 0, to: pipelineEnd, operand: 1, comment: "start")
        loopHead = label(at: first)
        var sawReturn = false
        for (i, clause) in stmt.clauses.enumerated() {
            let isLast = i == stmt.clauses.count - 1
            switch clause {
            case .match(let m): try compileMatch(m)
            case .unwind(let u): try compileUnwind(u)
            case .with(let p): try compileProjection(p, isReturn: false)
            case .return(let p):
                if !isLast { throw syntaxError("RETURN must be the last clause", "UnexpectedSyntax", p.span) }
                try compileProjection(p, isReturn: true)
                sawReturn = true
            case .create(let c): try compileCreate(c)
            case .copy(let c):
                if stmt.clauses.count != 1 { throw syntaxError("COPY must be a statement of its own", "UnexpectedSyntax", c.span) }
                throw QuiverError(.unsupportedFeature, "COPY is handled by the importer", detail: "COPY", span: c.span)
            }
        }
        if let last = stmt.clauses.last, !sawReturn {
            switch last {
            case .with, .match, .unwind:
                throw syntaxError("a query cannot end with \(clauseName(last)); add a RETURN", "UnexpectedSyntax", last.span)
            default: break
            }
        }
        emitJump(.goto_, to: loopHead, operand: 0)
        place(pipelineEnd)
        emit(.halt)
        program.returnsRows = sawReturn
        program.writes = statementWrites
        return program
    }

    func clauseName(_ c: Clause) -> String {
        switch c {
        case .match(let m): return m.optional ? "OPTIONAL MATCH" : "MATCH"
        case .unwind: return "UNWIND"
        case .with: return "WITH"
        case .return: return "RETURN"
        case .create: return "CREATE"
        case .copy: return "COPY"
        }
    }

    /// Closes the current pipeline into a sink and opens the next one from its Next.
    func breakPipeline(sink: () -> Void, next op: Opcode, slot: Int32, span: SourceSpan, comment: String) {
        sink()
        emitJump(.goto_, to: loopHead, operand: 0)
        place(pipelineEnd)
        pipelineEnd = Label()
        let at = emitJump(op, slot, 0, to: pipelineEnd, operand: 1, span: span, comment: comment)
        loopHead = label(at: at)
        pipelineReads = false
        pipelineWrites = false
    }

    // MARK: UNWIND

    func compileUnwind(_ u: UnwindClause) throws {
        if scope[u.variable.name] != nil {
            throw syntaxError("variable '\(u.variable.name)' is already bound", "VariableAlreadyBound", u.variable.span)
        }
        let out = newRegister()
        if case .function(let name, _, false, let args) = u.expr.kind, name.lowercased() == "range", args.count == 2 || args.count == 3 {
            let a = try compileExpr(args[0]), b = try compileExpr(args[1])
            let s = args.count == 3 ? try compileExpr(args[2]) : constant(.int(1))
            openSource(.range(from: a, to: b, step: s, out: out), span: u.span, comment: "UNWIND range AS \(u.variable.name)", next: .rangeNext)
        } else {
            let l = try compileExpr(u.expr)
            openSource(.unwind(list: l, out: out), span: u.span, comment: "UNWIND AS \(u.variable.name)", next: .unwindNext)
        }
        scope.bind(u.variable.name, Variable(reg: out, kind: .value))
    }
}
