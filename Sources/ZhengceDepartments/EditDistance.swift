import ZhengceText

/// Levenshtein distance, now in ZhengceText (the CLI's suggestions use it too); this alias keeps
/// department code that names it without importing ZhengceText compiling.
typealias EditDistance = ZhengceText.EditDistance
