import ZhengceDocument

/// Errors of the department registry.
public enum DepartmentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A registry file could not be read or decoded.
    case badRegistryFile(path: String, reason: String)
    /// The bundled registry files are missing from the build.
    case missingResources
    /// The corpus's departments.yaml is malformed, with its place.
    case badFile(YAMLSourceError)
    /// A registry entry refers to a department or region that is not in the registry.
    case danglingReference(entry: String, field: String, target: String)

    /// A one-line message a person can act on.
    public var description: String {
        switch self {
        case .badRegistryFile(let path, let reason):
            return "cannot read department registry \(path): \(reason)"
        case .badFile(let error):
            return error.description + " (department registry)"
        case .missingResources:
            return "the bundled department registry is missing (rebuild zhengce)"
        case .danglingReference(let entry, let field, let target):
            return "department registry: \(entry) has \(field) '\(target)', which is not in the registry"
        }
    }
}
