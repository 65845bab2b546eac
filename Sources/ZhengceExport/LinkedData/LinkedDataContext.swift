/// The JSON-LD @context of the export: ELI, schema.org, W3C ORG, SKOS and PROV terms, and
/// zhengce's own vocabulary for what they lack. Published as `schema/context.jsonld`
/// (default vocabulary IRI); every export embeds it so it expands offline.
public enum LinkedDataContext {
    /// Namespace IRIs by prefix.
    public static let prefixes: [String: String] = [
        "eli": "http://data.europa.eu/eli/ontology#",
        "schema": "https://schema.org/",
        "org": "http://www.w3.org/ns/org#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "prov": "http://www.w3.org/ns/prov#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]

    /// Term → (compact IRI, coercion): "@id" for node references, an xsd type, or nil for plain values.
    public static let terms: [String: (iri: String, type: String?)] = [
        // Classes.
        "LegalResource": ("eli:LegalResource", nil),
        "LegalExpression": ("eli:LegalExpression", nil),
        "LegalResourceSubdivision": ("eli:LegalResourceSubdivision", nil),
        "Legislation": ("schema:Legislation", nil),
        "Organization": ("org:Organization", nil),
        "GovernmentOrganization": ("schema:GovernmentOrganization", nil),
        "Concept": ("skos:Concept", nil),
        "Derivation": ("prov:Derivation", nil),
        "Influence": ("prov:Influence", nil),
        "Measure": ("zc:Measure", nil),
        "Responsibility": ("zc:Responsibility", nil),
        "Target": ("zc:Target", nil),
        "Citation": ("zc:Citation", nil),
        "LineageLink": ("zc:LineageLink", nil),
        "SharedSpan": ("zc:SharedSpan", nil),
        // ELI.
        "idLocal": ("eli:id_local", nil),
        "typeDocument": ("eli:type_document", "@id"),
        "dateDocument": ("eli:date_document", "xsd:date"),
        "datePublication": ("eli:date_publication", "xsd:date"),
        "passedBy": ("eli:passed_by", "@id"),
        "isRealizedBy": ("eli:is_realized_by", "@id"),
        "realizes": ("eli:realizes", "@id"),
        "version": ("eli:version", nil),
        "versionDate": ("eli:version_date", "xsd:date"),
        "language": ("eli:language", "@id"),
        "title": ("eli:title", nil),
        "number": ("eli:number", nil),
        "hasPart": ("eli:has_part", "@id"),
        "isPartOf": ("eli:is_part_of", "@id"),
        "cites": ("eli:cites", "@id"),
        "implements": ("eli:implements", "@id"),
        "relatedTo": ("eli:related_to", "@id"),
        "repeals": ("eli:repeals", "@id"),
        // schema.org.
        "name": ("schema:name", nil),
        "text": ("schema:text", nil),
        "jurisdiction": ("schema:legislationJurisdiction", nil),
        "areaServed": ("schema:areaServed", nil),
        // SKOS and ORG.
        "prefLabel": ("skos:prefLabel", nil),
        "altLabel": ("skos:altLabel", nil),
        "subOrganizationOf": ("org:subOrganizationOf", "@id"),
        // PROV.
        "wasDerivedFrom": ("prov:wasDerivedFrom", "@id"),
        "wasInfluencedBy": ("prov:wasInfluencedBy", "@id"),
        "qualifiedDerivation": ("prov:qualifiedDerivation", "@id"),
        "qualifiedInfluence": ("prov:qualifiedInfluence", "@id"),
        "entity": ("prov:entity", "@id"),
        "influencer": ("prov:influencer", "@id"),
        // zhengce vocabulary.
        "document": ("zc:document", "@id"),
        "noticeTitle": ("zc:noticeTitle", nil),
        "level": ("zc:level", nil),
        "region": ("zc:region", nil),
        "status": ("zc:status", nil),
        "periodStart": ("zc:periodStart", "xsd:gYear"),
        "periodEnd": ("zc:periodEnd", "xsd:gYear"),
        "sourcePath": ("zc:sourcePath", nil),
        "sha256": ("zc:sha256", nil),
        "external": ("zc:external", nil),
        "inRegistry": ("zc:inRegistry", nil),
        "counterpart": ("zc:counterpart", "@id"),
        "kind": ("zc:kind", nil),
        "scheme": ("zc:scheme", nil),
        "pathLabel": ("zc:pathLabel", nil),
        "start": ("zc:start", nil),
        "end": ("zc:end", nil),
        "measureTitle": ("zc:measureTitle", nil),
        "responsibility": ("zc:responsibility", "@id"),
        "department": ("zc:department", "@id"),
        "role": ("zc:role", nil),
        "roleInferred": ("zc:roleInferred", nil),
        "collective": ("zc:collective", nil),
        "nameAsWritten": ("zc:nameAsWritten", nil),
        "leadDepartment": ("zc:leadDepartment", "@id"),
        "participantDepartment": ("zc:participantDepartment", "@id"),
        "target": ("zc:target", "@id"),
        "year": ("zc:year", nil),
        "value": ("zc:value", "xsd:double"),
        "unit": ("zc:unit", nil),
        "comparator": ("zc:comparator", nil),
        "upperValue": ("zc:upperValue", "xsd:double"),
        "counted": ("zc:counted", nil),
        "deadline": ("zc:deadline", nil),
        "yearSource": ("zc:yearSource", nil),
        "period": ("zc:period", nil),
        "phrase": ("zc:phrase", nil),
        "sentence": ("zc:sentence", nil),
        "citation": ("zc:citation", "@id"),
        "citedTitle": ("zc:citedTitle", nil),
        "citedDocNumber": ("zc:citedDocNumber", nil),
        "citedDocument": ("zc:citedDocument", "@id"),
        "explicit": ("zc:explicit", nil),
        "mentions": ("zc:mentions", "@id"),
        "otherVersion": ("zc:otherVersion", "@id"),
        "linkType": ("zc:linkType", nil),
        "linkFrom": ("zc:linkFrom", "@id"),
        "linkTo": ("zc:linkTo", "@id"),
        "score": ("zc:score", "xsd:double"),
        "inferred": ("zc:inferred", nil),
        "method": ("zc:method", nil),
        "sharedTerm": ("zc:sharedTerm", nil),
        "supportingMeasures": ("zc:supportingMeasures", nil),
        "span": ("zc:span", "@id"),
        "spanText": ("zc:spanText", nil),
        "fromStart": ("zc:fromStart", nil),
        "fromEnd": ("zc:fromEnd", nil),
        "toStart": ("zc:toStart", nil),
        "toEnd": ("zc:toEnd", nil),
        "generatedAt": ("zc:generatedAt", nil),
    ]

    /// The terms whose values are node references (IRIs).
    public static var referenceTerms: Set<String> { Set(terms.filter { $0.value.type == "@id" }.map(\.key)) }

    /// The @context object for a vocabulary IRI (the `zc:` prefix).
    public static func context(vocabulary: String) -> JSONValue {
        var members: [String: JSONValue] = prefixes.mapValues(JSONValue.string)
        members["zc"] = .string(vocabulary)
        for (term, mapping) in terms {
            if let type = mapping.type {
                members[term] = .object(["@id": .string(mapping.iri), "@type": .string(type)])
            } else {
                members[term] = .string(mapping.iri)
            }
        }
        return .object(members)
    }

    /// The full IRI a term expands to, for a vocabulary IRI.
    public static func expand(term: String, vocabulary: String) -> String? {
        guard let compact = terms[term]?.iri, let colon = compact.firstIndex(of: ":") else { return nil }
        let prefix = String(compact[..<colon])
        let namespace = prefix == "zc" ? vocabulary : prefixes[prefix]
        return namespace.map { $0 + compact[compact.index(after: colon)...] }
    }

    /// The published context file's content (`schema/context.jsonld`), default vocabulary.
    public static func publishedDocument() -> String {
        JSONValue.object(["@context": context(vocabulary: ExportOptions.defaultVocabulary)]).serialized() + "\n"
    }

    /// The EU Publications Office authority IRI for Chinese, used as eli:language.
    public static let chineseLanguage = "http://publications.europa.eu/resource/authority/language/ZHO"
}
