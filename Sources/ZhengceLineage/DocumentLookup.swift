import Foundation
import ZhengceDocument
import ZhengceText

/// Finds documents and measures by the references a user types.
public enum DocumentLookup {
    /// Documents matching `reference`: the id, the 发文字号 in any bracket style, the source path, or a
    /// unique part of the title. An exact id, number or path wins over title parts.
    public static func documents(_ reference: String, in documents: [PolicyDocument]) -> [PolicyDocument] {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let exact = documents.first(where: { $0.id == trimmed || $0.source.path == trimmed }) { return [exact] }
        if let number = DocumentNumber.normalize(trimmed) {
            let hits = documents.filter { $0.docNumber.map { DocumentNumber.normalize($0) ?? $0 } == number }
            if !hits.isEmpty { return hits }
        }
        let key = MeasureContent.contentOnly(MatchKey.fold(trimmed))
        guard !key.isEmpty else { return [] }
        return documents.filter { document in
            [document.title, document.noticeTitle, document.id].compactMap { $0 }
                .contains { MeasureContent.contentOnly(MatchKey.fold($0)).contains(key) }
        }
    }

    /// Measures of `document` matching `label`: the measure id, the label as printed, the label without
    /// brackets and punctuation ("十一" for "（十一）", "17" for "17."), or a path of labels joined by "/"
    /// or "." ("二/（一）").
    public static func measures(_ label: String, in document: PolicyDocument) -> [Measure] {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        if let exact = document.measures.first(where: { $0.id == trimmed || $0.id == document.id + "/" + trimmed }) {
            return [exact]
        }
        let printed = document.measures.filter { $0.label == trimmed }
        if !printed.isEmpty { return printed }
        let key = MeasureContent.contentOnly(MatchKey.fold(trimmed))
        let byLabel = document.measures.filter { MeasureContent.contentOnly(MatchKey.fold($0.label)) == key }
        if !byLabel.isEmpty { return byLabel }
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "／" })
            .map { MeasureContent.contentOnly(MatchKey.fold(String($0))) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return [] }
        return document.measures.filter { measure in
            let path = measure.path.map { MeasureContent.contentOnly(MatchKey.fold($0)) }
            return path.count >= parts.count && Array(path.suffix(parts.count)) == parts
        }
    }
}
