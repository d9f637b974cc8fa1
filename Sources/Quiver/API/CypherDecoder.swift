// CypherDecoder: a Swift Decoder over CypherValue. Maps and rows decode as keyed containers
// (a row is keyed by column name), lists as unkeyed ones, nodes and relationships by their
// properties. Every failure is a QuiverError (.apiError) naming the column, the path and the types.

/// Decodes any Decodable from a CypherValue: `try CypherDecoder().decode(Company.self, from: value)`.
public struct CypherDecoder: Sendable {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from value: CypherValue) throws -> T {
        try T(from: CypherValueDecoder(value: value, codingPath: [], row: nil))
    }
}

extension CypherValue {
    /// This value decoded as `T` (a map or node into a struct, a list into an array, ...).
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try CypherDecoder().decode(T.self, from: self)
    }
}

extension Row {
    /// The row decoded as `T`: its properties are read from the columns of the same name. A type
    /// that is not keyed (String, Int, Node, ...) reads the row's only column.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        var m: [String: CypherValue] = [:]
        for (c, v) in zip(columns, values) { m[c] = v }
        return try T(from: CypherValueDecoder(value: .map(m), codingPath: [], row: self))
    }
}

extension QueryResult {
    /// Every row decoded as `T` (see `Row.decode`).
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> [T] {
        try map { try $0.decode(T.self) }
    }
}

/// A key made at run time (map keys, row columns, list positions).
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue; self.intValue = nil }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// Where a value sits, for messages: `column 'deal' at .amount`, `value at [2].name`.
func describeLocation(_ path: [CodingKey], rowMode: Bool) -> String {
    func render(_ keys: ArraySlice<CodingKey>) -> String {
        keys.map { k in k.intValue.map { "[\($0)]" } ?? ".\(k.stringValue)" }.joined()
    }
    if rowMode, let first = path.first {
        let rest = path.dropFirst()
        return "column '\(first.stringValue)'" + (rest.isEmpty ? "" : " at " + render(rest))
    }
    return path.isEmpty ? "value" : "value at " + render(path[...])
}

final class CypherValueDecoder: Decoder {
    let value: CypherValue
    let codingPath: [CodingKey]
    /// Set at the top of a row decode: keyed reads see the columns, other reads the only column.
    let row: Row?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: CypherValue, codingPath: [CodingKey], row: Row?, rowMode: Bool? = nil) {
        self.value = value; self.codingPath = codingPath; self.row = row
        self.rowMode = rowMode ?? (row != nil)
    }

    /// Whether the path starts at a row (so its first key is a column name).
    let rowMode: Bool

    /// The value a non-keyed read sees, with its path: the only column of a row, else the value.
    func single() throws -> (CypherValue, [CodingKey]) {
        guard let row else { return (value, codingPath) }
        guard row.columns.count == 1, let v = row.values.first, let c = row.columns.first else {
            throw QuiverError(.apiError, "a row with \(row.columns.count) columns (\(row.columns.joined(separator: ", "))) decodes only into a keyed type (a struct or dictionary)",
                              detail: "TypeMismatch")
        }
        return (v, [AnyCodingKey(stringValue: c)])
    }

    func mismatch(_ expected: String, _ v: CypherValue, _ path: [CodingKey]) -> QuiverError {
        QuiverError(.apiError, "\(describeLocation(path, rowMode: rowMode)): expected \(expected), got \(v.describedType)", detail: "TypeMismatch")
    }

    func child(_ v: CypherValue, _ path: [CodingKey]) -> CypherValueDecoder {
        CypherValueDecoder(value: v, codingPath: path, row: nil, rowMode: rowMode)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        var entries: [String: CypherValue], what: KeyedReader<Key>.Source
        // A one-column row of a node, relationship or map also reads that value's entries
        // (`RETURN c` decodes into `Company`); the column itself still wins on a clash.
        if let row, row.columns.count == 1, let column = row.columns.first, let inner = row.values.first,
           let innerEntries = CypherValueDecoder.entries(of: inner) {
            entries = innerEntries
            entries[column] = inner
            what = .rowOrValue(column)
            return KeyedDecodingContainer(KeyedReader<Key>(decoder: self, entries: entries, source: what, codingPath: codingPath))
        }
        switch value {
        case .map(let m): entries = m; what = row != nil ? .row(row?.columns ?? []) : .map
        case .node(let n): entries = n.properties; what = .properties
        case .relationship(let r): entries = r.properties; what = .properties
        default: throw mismatch("Map", value, codingPath)
        }
        return KeyedDecodingContainer(KeyedReader<Key>(decoder: self, entries: entries, source: what, codingPath: codingPath))
    }

    static func entries(of v: CypherValue) -> [String: CypherValue]? {
        switch v {
        case .map(let m): return m
        case .node(let n): return n.properties
        case .relationship(let r): return r.properties
        default: return nil
        }
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (v, path) = try single()
        guard case .list(let xs) = v else { throw mismatch("List", v, path) }
        return ListReader(decoder: self, items: xs, codingPath: path)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        let (v, path) = try single()
        return SingleReader(decoder: self, value: v, codingPath: path)
    }

    // MARK: Unboxing (shared by the three container kinds)

    func decodeBool(_ v: CypherValue, _ path: [CodingKey]) throws -> Bool {
        guard case .bool(let b) = v else { throw mismatch("Boolean", v, path) }
        return b
    }

    func decodeString(_ v: CypherValue, _ path: [CodingKey]) throws -> String {
        guard case .string(let s) = v else { throw mismatch("String", v, path) }
        return s
    }

    func decodeDouble(_ v: CypherValue, _ path: [CodingKey]) throws -> Double {
        switch v {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: throw mismatch("Float", v, path)
        }
    }

    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type, _ v: CypherValue, _ path: [CodingKey]) throws -> T {
        guard case .int(let i) = v else { throw mismatch("Integer", v, path) }
        guard let x = T(exactly: i) else {
            throw QuiverError(.apiError, "\(describeLocation(path, rowMode: rowMode)): \(i) does not fit in \(T.self)", detail: "NumberOutOfRange")
        }
        return x
    }

    func decode<T: Decodable>(_ type: T.Type, _ v: CypherValue, _ path: [CodingKey]) throws -> T {
        if T.self == CypherValue.self, let x = v as? T { return x }
        return try T(from: child(v, path))
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    enum Source { case map, properties, row([String]), rowOrValue(String) }
    let decoder: CypherValueDecoder
    let entries: [String: CypherValue]
    let source: Source
    let codingPath: [CodingKey]

    var allKeys: [Key] { entries.keys.compactMap { Key(stringValue: $0) } }
    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    private func entry(_ key: Key) throws -> (CypherValue, [CodingKey]) {
        let path = codingPath + [key]
        if let v = entries[key.stringValue] { return (v, path) }
        switch source {
        case .row(let columns): throw Row.missingColumn(key.stringValue, columns)
        case .rowOrValue(let column):
            throw QuiverError(.apiError, "no column named '\(key.stringValue)', and column '\(column)' has no key or property of that name",
                              detail: "MissingColumn")
        case .properties:
            throw QuiverError(.apiError, "\(describeLocation(codingPath, rowMode: decoder.rowMode)): no property '\(key.stringValue)'", detail: "MissingKey")
        case .map:
            throw QuiverError(.apiError, "\(describeLocation(codingPath, rowMode: decoder.rowMode)): no key '\(key.stringValue)'", detail: "MissingKey")
        }
    }

    func decodeNil(forKey key: Key) throws -> Bool { entries[key.stringValue]?.isNull ?? true }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { let (v, p) = try entry(key); return try decoder.decodeBool(v, p) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { let (v, p) = try entry(key); return try decoder.decodeString(v, p) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { let (v, p) = try entry(key); return try decoder.decodeDouble(v, p) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { let (v, p) = try entry(key); return Float(try decoder.decodeDouble(v, p)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { let (v, p) = try entry(key); return try decoder.decodeInteger(type, v, p) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { let (v, p) = try entry(key); return try decoder.decode(type, v, p) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let (v, p) = try entry(key)
        return try decoder.child(v, p).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        let (v, p) = try entry(key)
        return try decoder.child(v, p).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        let key = AnyCodingKey(stringValue: "super")
        return decoder.child(entries[key.stringValue] ?? .null, codingPath + [key])
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        decoder.child(entries[key.stringValue] ?? .null, codingPath + [key])
    }
}

private struct ListReader: UnkeyedDecodingContainer {
    let decoder: CypherValueDecoder
    let items: [CypherValue]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(decoder: CypherValueDecoder, items: [CypherValue], codingPath: [CodingKey]) {
        self.decoder = decoder; self.items = items; self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (CypherValue, [CodingKey]) {
        guard currentIndex < items.count else {
            throw QuiverError(.apiError, "\(describeLocation(codingPath, rowMode: decoder.rowMode)): the list has only \(items.count) elements", detail: "MissingKey")
        }
        let path = codingPath + [AnyCodingKey(intValue: currentIndex)]
        let v = items[currentIndex]
        currentIndex += 1
        return (v, path)
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { let (v, p) = try next(); return try decoder.decodeBool(v, p) }
    mutating func decode(_ type: String.Type) throws -> String { let (v, p) = try next(); return try decoder.decodeString(v, p) }
    mutating func decode(_ type: Double.Type) throws -> Double { let (v, p) = try next(); return try decoder.decodeDouble(v, p) }
    mutating func decode(_ type: Float.Type) throws -> Float { let (v, p) = try next(); return Float(try decoder.decodeDouble(v, p)) }
    mutating func decode(_ type: Int.Type) throws -> Int { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { let (v, p) = try next(); return try decoder.decodeInteger(type, v, p) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { let (v, p) = try next(); return try decoder.decode(type, v, p) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (v, p) = try next()
        return try decoder.child(v, p).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (v, p) = try next()
        return try decoder.child(v, p).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (v, p) = try next()
        return decoder.child(v, p)
    }
}

private struct SingleReader: SingleValueDecodingContainer {
    let decoder: CypherValueDecoder
    let value: CypherValue
    let codingPath: [CodingKey]

    func decodeNil() -> Bool { value.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeString(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeDouble(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.decodeDouble(value, codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decodeInteger(type, value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decodeInteger(type, value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type, value, codingPath) }
}
