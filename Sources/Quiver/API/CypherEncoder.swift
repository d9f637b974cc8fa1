// CypherEncoder: a Swift Encoder producing CypherValue, so any Encodable can be a parameter:
// `session.run(q, parameters: ["deal": .encode(deal)])`. Structs and dictionaries become maps,
// arrays lists, nil null (an absent optional property is left out of its map).

public struct CypherEncoder: Sendable {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> CypherValue {
        let slot = EncodingSlot()
        try CypherValueEncoder(slot: slot, codingPath: []).encodeValue(value)
        return slot.resolved
    }
}

extension CypherValue {
    /// `value` as a CypherValue (throws `.apiError` when it cannot be one, e.g. a UInt64 above Int64.max).
    public static func encode<T: Encodable>(_ value: T) throws -> CypherValue {
        try CypherEncoder().encode(value)
    }

    public init<T: Encodable>(encoding value: T) throws {
        self = try CypherEncoder().encode(value)
    }
}

/// What one encoded value turned into so far: a finished value, a map or a list being filled.
final class EncodingSlot {
    var value: CypherValue? = nil
    var map: [String: EncodingSlot]? = nil
    var list: [EncodingSlot]? = nil

    /// Nothing encoded reads as null.
    var resolved: CypherValue {
        if let map { return .map(map.mapValues { $0.resolved }) }
        if let list { return .list(list.map { $0.resolved }) }
        return value ?? .null
    }

    func makeMap() { if map == nil { value = nil; list = nil; map = [:] } }
    func makeList() { if list == nil { value = nil; map = nil; list = [] } }
}

final class CypherValueEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(slot: EncodingSlot, codingPath: [CodingKey]) {
        self.slot = slot; self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeMap()
        return KeyedEncodingContainer(MapWriter<Key>(encoder: self, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        slot.makeList()
        return ListWriter(encoder: self, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleWriter(encoder: self, codingPath: codingPath)
    }

    /// Encodes `value` into this encoder's slot.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if let v = value as? CypherValue { slot.value = v; return }
        try value.encode(to: self)
    }

    /// A fresh slot and encoder for the child at `key`.
    func child(_ key: CodingKey) -> (EncodingSlot, CypherValueEncoder) {
        let s = EncodingSlot()
        return (s, CypherValueEncoder(slot: s, codingPath: codingPath + [key]))
    }

    func integer<T: BinaryInteger>(_ x: T, _ path: [CodingKey]) throws -> CypherValue {
        guard let i = Int64(exactly: x) else {
            throw QuiverError(.apiError, "\(describeLocation(path, rowMode: false)): \(x) does not fit in a Cypher Integer (64-bit signed)",
                              detail: "NumberOutOfRange")
        }
        return .int(i)
    }
}

private struct MapWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CypherValueEncoder
    let codingPath: [CodingKey]

    private func put(_ v: CypherValue, _ key: Key) {
        let s = EncodingSlot()
        s.value = v
        encoder.slot.map?[key.stringValue] = s
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(try encoder.integer(value, codingPath + [key]), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(try encoder.integer(value, codingPath + [key]), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let (s, e) = encoder.child(key)
        try e.encodeValue(value)
        encoder.slot.map?[key.stringValue] = s
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let (s, e) = encoder.child(key)
        encoder.slot.map?[key.stringValue] = s
        return e.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let (s, e) = encoder.child(key)
        encoder.slot.map?[key.stringValue] = s
        return e.unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: AnyCodingKey(stringValue: "super")) }
    mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(forKey: key as CodingKey) }

    private func superEncoder(forKey key: CodingKey) -> Encoder {
        let (s, e) = encoder.child(key)
        encoder.slot.map?[key.stringValue] = s
        return e
    }
}

private struct ListWriter: UnkeyedEncodingContainer {
    let encoder: CypherValueEncoder
    let codingPath: [CodingKey]
    var count: Int { encoder.slot.list?.count ?? 0 }

    private func nextKey() -> CodingKey { AnyCodingKey(intValue: count) }

    private func append(_ v: CypherValue) {
        let s = EncodingSlot()
        s.value = v
        encoder.slot.list?.append(s)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.double(value)) }
    mutating func encode(_ value: Float) throws { append(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { append(.int(value)) }
    mutating func encode(_ value: UInt) throws { append(try encoder.integer(value, codingPath + [nextKey()])) }
    mutating func encode(_ value: UInt8) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: UInt16) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: UInt32) throws { append(.int(Int64(value))) }
    mutating func encode(_ value: UInt64) throws { append(try encoder.integer(value, codingPath + [nextKey()])) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let (s, e) = encoder.child(nextKey())
        try e.encodeValue(value)
        encoder.slot.list?.append(s)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let (s, e) = encoder.child(nextKey())
        encoder.slot.list?.append(s)
        return e.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let (s, e) = encoder.child(nextKey())
        encoder.slot.list?.append(s)
        return e.unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let (s, e) = encoder.child(nextKey())
        encoder.slot.list?.append(s)
        return e
    }
}

private struct SingleWriter: SingleValueEncodingContainer {
    let encoder: CypherValueEncoder
    let codingPath: [CodingKey]

    private func set(_ v: CypherValue) { encoder.slot.value = v }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.double(value)) }
    mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { set(.int(value)) }
    mutating func encode(_ value: UInt) throws { set(try encoder.integer(value, codingPath)) }
    mutating func encode(_ value: UInt8) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: UInt16) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: UInt32) throws { set(.int(Int64(value))) }
    mutating func encode(_ value: UInt64) throws { set(try encoder.integer(value, codingPath)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}
