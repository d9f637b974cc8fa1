// ImportOptions: the options of one COPY (HEADER, DELIM, KEY, FROM, TO) checked and typed,
// and the file path resolved against the current folder or confined to SessionOptions.fileRoot.
import Foundation
import QuiverSyntax

struct ImportOptions {
    var header = true
    var delim: UInt8 = 44
    var key: String? = nil
    var from: String? = nil
    var to: String? = nil

    var isRelationship: Bool { from != nil || to != nil }

    init(_ c: CopyClause) throws {
        var seen = Set<String>()
        for o in c.options {
            guard seen.insert(o.key).inserted else {
                throw QuiverError(.importError, "COPY option \(o.key) is given twice", detail: "InvalidOption", span: o.span)
            }
            switch o.key {
            case "HEADER":
                switch o.value.lowercased() {
                case "true": header = true
                case "false": header = false
                default: throw QuiverError(.importError, "HEADER must be true or false, got '\(o.value)'", detail: "InvalidOption", span: o.span)
                }
            case "DELIM", "DELIMITER":
                let v = o.value == "\\t" ? "\t" : o.value
                let bytes = Array(v.utf8)
                guard bytes.count == 1, let b = bytes.first, b != 34, b != 10, b != 13 else {
                    throw QuiverError(.importError, "DELIM must be one ASCII character other than a quote or a line end, got '\(o.value)'",
                                      detail: "InvalidOption", span: o.span)
                }
                delim = b
            case "KEY": key = o.value
            case "FROM": from = o.value
            case "TO": to = o.value
            default:
                throw QuiverError(.importError, "unknown COPY option \(o.key) (known: HEADER, DELIM, KEY, FROM, TO)", detail: "InvalidOption", span: o.span)
            }
        }
        if isRelationship && (from == nil || to == nil) {
            throw QuiverError(.importError, "a relationship COPY needs both FROM and TO labels", detail: "InvalidOption", span: c.span)
        }
        if isRelationship && key != nil {
            throw QuiverError(.importError, "KEY applies to node COPY only; relationships use the keys of their FROM and TO labels",
                              detail: "InvalidOption", span: c.span)
        }
    }

    /// The file to read: relative paths resolve in fileRoot when it is set, else in the
    /// current folder; with fileRoot, the resolved path must stay inside it.
    static func resolve(_ path: String, options: SessionOptions, span: SourceSpan) throws -> URL {
        guard let root = options.fileRoot else { return URL(fileURLWithPath: path).standardizedFileURL }
        let rootURL = root.standardizedFileURL.resolvingSymlinksInPath()
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : rootURL.appendingPathComponent(path)
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        guard resolved.path == rootURL.path || resolved.path.hasPrefix(rootPath) else {
            throw QuiverError(.ioError, "'\(path)' is outside the folder this session may read (\(rootURL.path))",
                              detail: "FileAccessDenied", span: span)
        }
        return resolved
    }
}
