/// The one conflict policy: longest match first; a candidate that overlaps an accepted one is
/// kept only when it nests inside it (or around it) as ENCODING.md allows, else dropped.
enum Resolution {
    /// Which types may sit inside which: entities inside editorial insertions, places inside
    /// organisations, a calibre inside a count, editorial marks inside numbers and names.
    static func mayContain(_ outer: Annotation, _ inner: Annotation) -> Bool {
        switch (outer.type, inner.type) {
        case (.editorial, _): return outer.editorial == .note || outer.editorial == .stamp || outer.editorial == .supplied || inner.type == .editorial
        case (_, .editorial): return inner.editorial == .supplied || inner.editorial == .illegible || inner.editorial == .expan || inner.editorial == .gap
        // An organisation's name is one mention (`USSR Ministry of Foreign Affairs`), except a mission
        // named by its host country, where the place is what designates it (`trade mission in China`).
        case (.org, .place): return outer.rule == "org.lowercase-head"
        case (.org, .person): return false
        case (.quantity, .quantity): return true
        case (.person, .place): return false
        default: return false
        }
    }

    static func resolve(_ candidates: [Annotation]) -> [Annotation] {
        let ordered = candidates.sorted { a, b in
            if a.elementSpan.length != b.elementSpan.length { return a.elementSpan.length > b.elementSpan.length }
            if a.type != b.type { return a.type < b.type }
            return a.span < b.span
        }
        var accepted: [Annotation] = []
        for candidate in ordered where accepts(candidate, accepted) {
            accepted.append(candidate)
        }
        return accepted.sorted { a, b in
            a.elementSpan != b.elementSpan ? a.elementSpan < b.elementSpan : a.type < b.type
        }
    }

    static func accepts(_ candidate: Annotation, _ accepted: [Annotation]) -> Bool {
        let span = candidate.elementSpan
        for other in accepted where other.elementSpan.overlaps(span) {
            let o = other.elementSpan
            if o == span && other.type == candidate.type { return false }
            if o.contains(span) {
                if !mayContain(other, candidate) { return false }
            } else if span.contains(o) {
                if !mayContain(candidate, other) { return false }
            } else {
                return false
            }
        }
        return true
    }
}
