// QuiverError: the one error type of every stage (syntax, semantics, runtime, I/O), with its
// kind, an optional TCK-style detail code, a message and the source position it points at.

/// Every error Quiver reports. `kind` names the class (as the openCypher TCK names them),
/// `detail` the precise cause (`UndefinedVariable`, `IntegerOverflow`, ...).
public struct QuiverError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case syntaxError = "SyntaxError"
        case semanticError = "SemanticError"
        case typeError = "TypeError"
        case argumentError = "ArgumentError"
        case arithmeticError = "ArithmeticError"
        case parameterMissing = "ParameterMissing"
        case entityNotFound = "EntityNotFound"
        case unsupportedFeature = "UnsupportedFeature"
        case resourceLimit = "ResourceLimit"
        case cancelled = "Cancelled"
        case ioError = "IOError"
        case importError = "ImportError"
        case hostError = "HostError"
        case apiError = "APIError"
    }
    /// When the error was found: before the statement ran, or while it ran.
    public enum Phase: String, Sendable { case compileTime = "compile time", runtime }

    public var kind: Kind
    public var detail: String?
    public var message: String
    public var phase: Phase
    /// Byte span in the source, when the error has a position.
    public var span: SourceSpan?
    /// Resolved line/column, filled in by `located(in:)`.
    public var location: SourceLocation?
    /// Name of the source (file name or `<query>`), filled in by `located(in:)`.
    public var sourceName: String?
    /// An optional hint (`did you mean ...?`).
    public var hint: String?

    public init(_ kind: Kind, _ message: String, detail: String? = nil, span: SourceSpan? = nil,
                phase: Phase = .compileTime, hint: String? = nil) {
        self.kind = kind; self.message = message; self.detail = detail
        self.span = span; self.phase = phase; self.hint = hint
    }

    /// The same error with its line and column resolved against `source`.
    public func located(in source: SourceText) -> QuiverError {
        var e = self
        if e.location == nil, let span = e.span { e.location = source.location(of: span.start) }
        if e.sourceName == nil { e.sourceName = source.name }
        return e
    }

    public var line: Int? { location?.line }
    public var column: Int? { location?.column }

    public var description: String { rendered() }

    /// `NAME:LINE:COL: Kind: message`, then the source line and a caret under the column.
    public func rendered(sourceName name: String? = nil) -> String {
        var out = ""
        let src = name ?? sourceName
        if let loc = location {
            out += "\(src ?? "<query>"):\(loc.line):\(loc.column): "
        } else if let src { out += "\(src): " }
        out += "\(kind.rawValue): \(message)"
        if let loc = location {
            out += "\n" + loc.lineText + "\n" + caretLine(loc)
        }
        if let hint { out += "\nhint: \(hint)" }
        return out
    }

    private func caretLine(_ loc: SourceLocation) -> String {
        let prefix = String(loc.lineText.prefix(max(0, loc.column - 1)))
        // Tabs keep their width; other characters take their display width.
        var pad = ""
        for ch in prefix {
            if ch == "\t" { pad += "\t" } else { pad += String(repeating: " ", count: DisplayWidth.of(ch)) }
        }
        return pad + "^"
    }
}

/// Terminal display width: East Asian wide characters take two columns, combining marks none.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    public static func of(_ ch: Character) -> Int {
        var w = 0
        for (i, sc) in ch.unicodeScalars.enumerated() {
            let sw = scalarWidth(sc)
            if i == 0 { w = sw } else if sw == 2 { w = 2 }
        }
        return w
    }

    public static func scalarWidth(_ sc: Unicode.Scalar) -> Int {
        let v = sc.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch sc.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        return (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
            || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F)
            || (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD)
    }
}
