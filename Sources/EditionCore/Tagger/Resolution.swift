/// The one conflict policy: longest match first; a candidate that overlaps one already kept
/// survives only when it nests inside it as ENCODING.md allows, else it is dropped.
enum Resolution {
    /// Which types may sit inside which: entities inside editorial insertions, places inside
    /// missions named by their host country, a calibre inside a count, editorial marks inside
    /// numbers and names.
    static func mayContain(_ outer: Annotation, _ inner: Annotation) -> Bool {
        switch (outer.type, inner.type) {
        case (.editorial, _): return outer.editorial == .note || outer.editorial == .stamp || outer.editorial == .supplied || inner.type == .editorial
        case (_, .editorial): return inner.editorial == .supplied || inner.editorial == .illegible || inner.editorial == .expan || inner.editorial == .gap
        // An organisation's name is one mention (`USSR Ministry of Foreign Affairs`), except a mission
        // named by its host country, where the place is what designates it (`trade mission in China`).
        case (.org, .place): return outer.rule == "org.lowercase-head"
        case (.quantity, .quantity): return true
        default: return false
        }
    }

    static func resolve(_ candidates: [Annotation]) -> [Annotation] {
        // Sorted as indices over small keys: annotations are large values, costly to move.
        let keys = candidates.map { (length: $0.elementSpan.length, type: $0.type, span: $0.span) }
        let ordered = keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.length != b.length { return a.length > b.length }
            if a.type != b.type { return a.type < b.type }
            return a.span < b.span
        }
        var accepted = SpanIndex()
        var kept: [Annotation] = []
        for i in ordered where accepts(candidates[i], accepted, kept) {
            accepted.insert(candidates[i].elementSpan, id: kept.count)
            kept.append(candidates[i])
        }
        let positions = kept.map { (span: $0.elementSpan, type: $0.type) }
        return positions.indices.sorted { i, j in
            let a = positions[i], b = positions[j]
            return a.span != b.span ? a.span < b.span : a.type < b.type
        }.map { kept[$0] }
    }

    /// Candidates come longest first, so a kept annotation that overlaps the candidate is at
    /// least as long: it either contains the candidate or crosses one of its ends. Looking at the
    /// annotations that cover the candidate's first and last byte is therefore enough.
    static func accepts(_ candidate: Annotation, _ index: SpanIndex, _ kept: [Annotation]) -> Bool {
        let span = candidate.elementSpan
        guard !span.isEmpty else { return false }
        for id in Set(index.covering(span.start) + index.covering(span.end - 1)) {
            let other = kept[id]
            let o = other.elementSpan
            if o == span && other.type == candidate.type { return false }
            if !o.contains(span) || !mayContain(other, candidate) { return false }
        }
        return true
    }
}

/// Spans by the 1 KB buckets they touch, to find those covering a point without a scan.
/// Accepted annotations nest (a bounded depth) or are disjoint, so a bucket holds few.
struct SpanIndex {
    static let bucketSize = 1024
    private var spans: [Span] = []
    private var buckets: [Int: [Int]] = [:]

    init() {}

    /// An index of spans that may overlap one another (the candidates of one rule).
    init(_ spans: [Span]) {
        for span in spans where !span.isEmpty { insert(span, id: self.spans.count) }
    }

    mutating func insert(_ span: Span, id: Int) {
        precondition(id == spans.count)
        spans.append(span)
        for bucket in (span.start / Self.bucketSize)...(max(span.start, span.end - 1) / Self.bucketSize) {
            buckets[bucket, default: []].append(id)
        }
    }

    /// Ids of the spans that hold byte `offset`.
    func covering(_ offset: Int) -> [Int] {
        (buckets[offset / Self.bucketSize] ?? []).filter { spans[$0].start <= offset && offset < spans[$0].end }
    }

    /// Whether any span overlaps `span`.
    func overlaps(_ span: Span) -> Bool {
        guard !span.isEmpty else { return false }
        for bucket in (span.start / Self.bucketSize)...((span.end - 1) / Self.bucketSize) {
            if (buckets[bucket] ?? []).contains(where: { spans[$0].overlaps(span) }) { return true }
        }
        return false
    }
}
