/// A JSON value with a deterministic serialisation (see `JSONValue.serialized`).
///
/// Objects keep no insertion order: they are written with keys sorted by their Unicode
/// scalars, so the same value always gives the same bytes.
public enum JSONValue: Sendable, Hashable {
    /// JSON null.
    case null
    /// true or false.
    case bool(Bool)
    /// A number without fraction or exponent.
    case int(Int)
    /// Any other number.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object (written with sorted keys).
    case object([String: JSONValue])

    /// The member `key` of an object, nil for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, if this is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The number as a Double, if this is a number.
    public var numberValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The value, or `.null` when nil.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The value, or `.null` when nil.
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// Strings as an array.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

extension JSONValue {
    /// An object builder that leaves out nil members, for terse node construction.
    public struct ObjectBuilder {
        /// Members so far.
        public private(set) var members: [String: JSONValue] = [:]

        /// An empty object.
        public init() {}

        /// Sets `key` unless `value` is nil.
        public mutating func set(_ key: String, _ value: JSONValue?) {
            if let value { members[key] = value }
        }

        /// Sets `key` to a string unless nil.
        public mutating func set(_ key: String, _ value: String?) {
            if let value { members[key] = .string(value) }
        }

        /// Sets `key` to an integer unless nil.
        public mutating func set(_ key: String, _ value: Int?) {
            if let value { members[key] = .int(value) }
        }

        /// Sets `key` to an array of strings unless empty.
        public mutating func set(_ key: String, nonEmpty values: [String]) {
            if !values.isEmpty { members[key] = .strings(values) }
        }

        /// Sets `key` to an array unless empty.
        public mutating func set(_ key: String, nonEmpty values: [JSONValue]) {
            if !values.isEmpty { members[key] = .array(values) }
        }

        /// The object.
        public var value: JSONValue { .object(members) }
    }
}
