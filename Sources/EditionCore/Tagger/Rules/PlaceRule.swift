/// Places from the gazetteer (`places.tsv`), in their written or all-capital form.
/// Nationality adjectives (`Soviet`, `Chinese`) are not in the gazetteer, so never places.
enum PlaceRule {
    static func run(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        var i = 0
        while i < c.tokens.count {
            guard c.tokens[i].kind == .word, c.tokens[i].shape != .lower, let match = c.place(at: i) else { i += 1; continue }
            let last = i + match.count - 1
            // `Korean` is a token of its own, so only whole words match; a possessive stays outside.
            result.append(Annotation(.place, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "place.gazetteer", value: match.value.slug))
            i = last + 1
        }
        return result
    }
}
