/// Document numbers: `CABLE N° 24547`, `Incoming N° 800/3414/shs`, `Copy No. 12`, `Deptel 1047`.
/// The type comes from the keyword before the number sign, or from where the number stands
/// (under a signature: the sender's outgoing number; in registry notes: the printing register).
enum IdnoRule {
    static func run(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        var i = 0
        while i < c.tokens.count {
            defer { i += 1 }
            let token = c.tokens[i]
            if token.kind == .numberSign, i + 1 < c.tokens.count, let span = identifier(from: i + 1, c) {
                let keyword = i > 0 && !c.tokens[i - 1].isBreak ? c.idnoKeyword(i - 1) : nil
                let subtype = keyword ?? contextualSubtype(at: token.span.start, c)
                result.append(Annotation(.idno, span, rule: keyword != nil ? "idno.keyword-sign" : "idno.sign", subtype: subtype))
            } else if token.kind == .word, let keyword = c.idnoKeyword(i), keyword == "telegram",
                      i + 1 < c.tokens.count, c.tokens[i + 1].kind == .number, c.tokens[i + 1].spaceBefore,
                      let span = identifier(from: i + 1, c) {
                // `Deptel 1047`, `Embtel 89`, `telegram 421`: a telegram number without a sign.
                result.append(Annotation(.idno, span, rule: "idno.keyword", subtype: keyword))
            }
        }
        return result
    }

    /// The identifier's tokens: attached numbers, letters, `/`, `-`, `.`, brackets and `?` marks.
    static func identifier(from start: Int, _ c: TaggerContext) -> Span? {
        let first = c.tokens[start]
        guard first.kind == .number || (first.kind == .word && c.text(start).first?.isNumber == false && first.shape == .allCaps && c.text(start).count <= 4 && start + 1 < c.tokens.count && !c.tokens[start + 1].spaceBefore) || first.kind == .openBracket else { return nil }
        var end = start
        var k = start + 1
        while k < c.tokens.count, !c.tokens[k].spaceBefore, !c.tokens[k].isBreak {
            let t = c.tokens[k], text = c.text(k)
            let joins = t.kind == .number || t.kind == .word || t.kind == .openBracket || t.kind == .closeBracket
                || ["/", "-", "–", ".", "?"].contains(text)
            guard joins else { break }
            end = k
            k += 1
        }
        // Trailing `.`, `-` or an unmatched `[` belongs to the sentence, not the number.
        while end > start, [".", "-", "–", "["].contains(c.text(end)) { end -= 1 }
        guard c.tokens[start...end].contains(where: { $0.kind == .number }) else { return nil }
        return Span(c.tokens[start].span.start, c.tokens[end].span.end)
    }

    static func contextualSubtype(at offset: Int, _ c: TaggerContext) -> String {
        switch c.block(at: offset)?.role {
        case .senderNumber?: "outgoing"
        case .registry?: "registration"
        default: "other"
        }
    }
}

extension TaggerContext {
    /// The idno subtype a keyword token announces (`CABLE` -> cable, `Deptel` -> telegram).
    func idnoKeyword(_ i: Int) -> String? {
        guard tokens[i].kind == .word else { return nil }
        return lexicon.idnoKeywords[lower(i)]
    }
}
