import Foundation
import ZhengceExport

/// A validator for the subset of JSON Schema (draft 2020-12) that the export schema uses:
/// type, properties, required, additionalProperties, items, minItems, enum, const, anyOf,
/// $ref to #/$defs, minimum, maximum, pattern. Any other keyword is reported as unsupported,
/// so the schema cannot silently rely on something this validator ignores.
struct SchemaValidator {
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    static let supported: Set<String> = ["type", "properties", "required", "additionalProperties", "items", "minItems",
                                         "enum", "const", "anyOf", "$ref", "minimum", "maximum", "pattern"]
    let root: JSONValue

    /// Every violation as "path: reason".
    func errors(in value: JSONValue) -> [String] {
        var out: [String] = []
        check(value, against: root, path: "$", into: &out)
        return out
    }

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, into out: inout [String]) {
        guard let s = schema.objectValue else { out.append("\(path): schema is not an object"); return }
        for key in s.keys where !Self.supported.contains(key) && !Self.annotations.contains(key) {
            out.append("\(path): unsupported keyword \(key)")
        }
        if let ref = s["$ref"]?.stringValue {
            guard ref.hasPrefix("#/$defs/"), let target = root["$defs"]?[String(ref.dropFirst(8))] else {
                out.append("\(path): unresolvable $ref \(ref)"); return
            }
            check(value, against: target, path: path, into: &out)
        }
        if let type = s["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                out.append("\(path): expected \(allowed.joined(separator: "|"))"); return
            }
        }
        if let options = s["enum"]?.arrayValue, !options.contains(where: { Self.equal($0, value) }) {
            out.append("\(path): not one of the allowed values")
        }
        if let constant = s["const"], !Self.equal(constant, value) { out.append("\(path): not the constant value") }
        if let anyOf = s["anyOf"]?.arrayValue {
            let passes = anyOf.contains { option in
                var sub: [String] = []
                check(value, against: option, path: path, into: &sub)
                return sub.isEmpty
            }
            if !passes { out.append("\(path): matches no anyOf option") }
        }
        if let number = value.numberValue {
            if let min = s["minimum"]?.numberValue, number < min { out.append("\(path): below \(min)") }
            if let max = s["maximum"]?.numberValue, number > max { out.append("\(path): above \(max)") }
        }
        if let pattern = s["pattern"]?.stringValue, let string = value.stringValue {
            if string.range(of: pattern, options: .regularExpression) == nil { out.append("\(path): does not match \(pattern)") }
        }
        if let object = value.objectValue {
            let properties = s["properties"]?.objectValue ?? [:]
            for key in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                out.append("\(path): missing \(key)")
            }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[key] {
                    check(member, against: sub, path: path + "." + key, into: &out)
                } else if let extra = s["additionalProperties"] {
                    if case .bool(false) = extra { out.append("\(path): unexpected member \(key)") } else if extra.objectValue != nil {
                        check(member, against: extra, path: path + "." + key, into: &out)
                    }
                }
            }
        }
        if let array = value.arrayValue {
            if let min = s["minItems"]?.numberValue, Double(array.count) < min { out.append("\(path): fewer than \(Int(min)) items") }
            if let items = s["items"] {
                for (i, element) in array.enumerated() { check(element, against: items, path: "\(path)[\(i)]", into: &out) }
            }
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .int): return true
        case ("integer", .double(let d)): return d == d.rounded()
        case ("number", .int), ("number", .double): return true
        default: return false
        }
    }

    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        if let x = a.numberValue, let y = b.numberValue { return x == y }
        return a == b
    }
}
