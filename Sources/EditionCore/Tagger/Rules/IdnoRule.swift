import Foundation

/// Document numbers: `CABLE N° 24547`, `Incoming N° 800/3414/shs`, `Copy No. 12`, `Deptel 1047`.
/// The type comes from the keyword before the number sign, or from where the number stands
/// (under a signature: the sender's outgoing number; in registry notes: the printing register).
enum IdnoRule {
    static func run(_ c: TaggerContext) -> [Annotation] {
        var result: [Annotation] = []
        var i = 0
        while i < c.tokens.count {
            if let found = numberSign(at: i, c) ?? keywordNumber(at: i, c) ?? shelfmark(at: i, c) ?? fileNumber(at: i, c) ?? telegramNumber(at: i, c) {
                result += found
                i = c.tokenIndex(at: found.last!.span.end)
            } else {
                i += 1
            }
        }
        return result
    }

    /// `CABLE N° 24547`, `Copy No. 12`, `No.: 067.046`, `Enclosures No. 6, 7 and 8`.
    static func numberSign(at i: Int, _ c: TaggerContext) -> [Annotation]? {
        guard c.tokens[i].kind == .numberSign, i + 1 < c.tokens.count else { return nil }
        var start = i + 1
        if c.text(start) == ":", start + 1 < c.tokens.count { start += 1 }
        guard let span = identifier(from: start, c) else { return nil }
        let keyword = i > 0 && !c.tokens[i - 1].isBreak ? c.idnoKeyword(i - 1) : nil
        if keyword == "none" { return nil }
        let subtype = keyword ?? contextualSubtype(at: c.tokens[i].span.start, c)
        let rule = keyword != nil ? "idno.keyword-sign" : "idno.sign"
        var found = [Annotation(.idno, span, rule: rule, subtype: subtype)]
        // A list after one sign: `No. 6, 7 and 8`.
        var k = c.tokenIndex(at: span.end)
        while k + 1 < c.tokens.count, [",", "and"].contains(c.text(k)), c.tokens[k + 1].kind == .number, let next = identifier(from: k + 1, c) {
            found.append(Annotation(.idno, next, rule: rule, subtype: subtype))
            k = c.tokenIndex(at: next.end)
        }
        return found
    }

    /// `Deptel 1047`, `Hong Kong tel 3768`, `Embtel 3576`, `telegram TN102`, `telegram AT 314`.
    static func keywordNumber(at i: Int, _ c: TaggerContext) -> [Annotation]? {
        guard c.tokens[i].kind == .word, let keyword = c.idnoKeyword(i), keyword != "none", keyword != "copy", i + 1 < c.tokens.count,
              c.tokens[i + 1].spaceBefore, !c.tokens[i + 1].isBreak else { return nil }
        var start = i + 1
        // `Embtel [Deptel] 1354`: an editor's correction of the keyword before the number.
        if c.tokens[start].kind == .openBracket, start + 3 < c.tokens.count, c.tokens[start + 2].kind == .closeBracket, c.tokens[start + 3].kind == .number {
            start += 3
        }
        // Letters before the number: `AT 314`, `TN102`.
        if c.tokens[start].kind == .word, c.tokens[start].shape == .allCaps, c.text(start).count <= 3, start + 1 < c.tokens.count,
           c.tokens[start + 1].kind == .number {
            start += 0
        } else if c.tokens[start].kind == .word, c.tokens[start].shape == .allCaps, (3...6).contains(c.text(start).count),
                  c.text(start).contains(where: \.isNumber) {
            return [Annotation(.idno, c.tokens[start].span, rule: "idno.keyword", subtype: keyword)]
        } else if c.tokens[start].kind != .number {
            return nil
        }
        // A year or a day after `of` is not a number of this kind (`telegram of 4 October`).
        guard keyword == "telegram" || keyword == "other" && c.tokens[i].shape != .lower else { return nil }
        if c.tokens[start].kind == .number, DateRule.yearValue(start, c) != nil, c.month(at: start + 1 < c.tokens.count ? start + 1 : start) != nil { return nil }
        var end = start
        if c.tokens[start].kind == .word { end = start + 1 }
        guard let span = identifier(from: end, c) else { return nil }
        return [Annotation(.idno, Span(c.tokens[start].span.start, span.end), rule: "idno.keyword", subtype: keyword)]
    }

    /// Archive shelfmarks: `F. 3. Op. 66. D. 471`, `Op. 16. D. 372`, `D. 266` (the leaf `L.` is a page, not part of it).
    static let shelfmarkParts: Set<String> = ["F.", "Op.", "D.", "f.", "op.", "d."]

    static func shelfmark(at i: Int, _ c: TaggerContext) -> [Annotation]? {
        let parts = shelfmarkParts
        guard parts.contains(c.text(i)), i + 1 < c.tokens.count, c.tokens[i + 1].kind == .number else { return nil }
        var last = i + 1
        var k = i + 2
        while k + 2 < c.tokens.count, c.text(k) == ".", parts.contains(c.text(k + 1)), c.tokens[k + 2].kind == .number {
            last = k + 2
            k += 3
        }
        // A lone `D. 266` needs an archive before it (`CIA KGB RB.`) to be a shelfmark, not an initial.
        if last == i + 1, c.text(i) != "F.", c.text(i) != "Op.", !(i > 1 && c.text(i - 1) == "." || i > 0 && c.text(i - 1).hasSuffix(".")) { return nil }
        return [Annotation(.idno, Span(c.tokens[i].span.start, c.tokens[last].span.end), rule: "idno.shelfmark", subtype: "file")]
    }

    /// State Department decimal file numbers: `793B.00/1–1251`, `894.10/6–852`, `611.61/1-2553`.
    static func fileNumber(at i: Int, _ c: TaggerContext) -> [Annotation]? {
        guard c.tokens[i].kind == .number, c.tokens[i].spaceBefore || i == 0, let span = identifier(from: i, c) else { return nil }
        guard isFileNumber(c.source.bytes[span.start..<span.end]) else { return nil }
        return [Annotation(.idno, span, rule: "idno.file-number", subtype: "file")]
    }

    /// `\d{3}[A-Z]?\.\d+[A-Z]?/\d{1,2}[–-]\d{3,4}`, the whole of `bytes`, matched by hand: it is
    /// asked of every number in the text.
    static func isFileNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        var p = bytes.startIndex
        func digits(_ range: ClosedRange<Int>) -> Bool {
            var n = 0
            while p < bytes.endIndex, isDigit(bytes[p]) { n += 1; p += 1 }
            return range.contains(n)
        }
        func optionalCapital() { if p < bytes.endIndex, bytes[p] >= 0x41, bytes[p] <= 0x5A { p += 1 } }
        func byte(_ b: UInt8) -> Bool {
            guard p < bytes.endIndex, bytes[p] == b else { return false }
            p += 1
            return true
        }
        func dash() -> Bool {
            if byte(0x2D) { return true }
            // U+2013 EN DASH in UTF-8.
            guard bytes[p...].starts(with: [0xE2, 0x80, 0x93]) else { return false }
            p += 3
            return true
        }
        guard digits(3...3) else { return false }
        optionalCapital()
        guard byte(0x2E), digits(1...Int.max) else { return false }
        optionalCapital()
        return byte(0x2F) && digits(1...2) && dash() && digits(3...4) && p == bytes.endIndex
    }

    /// FRUS telegrams: the telegram's number opens its first paragraph (`421. Yoshida invited ...`,
    /// `3643. Accord ...`); a place's telegram (`Tokyo’s 289`); `Sent Dept 3643, repeated info Calcutta 261`.
    static func telegramNumber(at i: Int, _ c: TaggerContext) -> [Annotation]? {
        let token = c.tokens[i]
        guard token.kind == .number, let value = Int(c.text(i)), value >= 10 else { return nil }
        let previous = i > 0 ? c.text(i - 1) : ""
        // At the start of a block, followed by `. ` and a capital: a numbered telegram.
        if i == 0 || c.tokens[i - 1].isBreak, i + 2 < c.tokens.count, c.text(i + 1) == ".", c.tokens[i + 2].spaceBefore,
           c.tokens[i + 2].shape != .lower, value >= 10, let block = c.block(at: token.span.start), block.role == .paragraph,
           isFirstParagraph(block, c) {
            return [Annotation(.idno, token.span, rule: "idno.telegram-opening", subtype: "telegram")]
        }
        guard token.spaceBefore, !token.isBreak, i > 0, !c.tokens[i - 1].isBreak else { return nil }
        // `Tokyo’s 289`: a post's telegram by its number.
        if previous == "s", i > 2, ["\u{2019}", "'"].contains(c.text(i - 2)), c.place(at: i - 3) != nil, DateRule.yearValue(i, c) == nil {
            return [Annotation(.idno, token.span, rule: "idno.post-telegram", subtype: "telegram")]
        }
        // `Sent Dept 3643`, `repeated info Calcutta 261`.
        if i > 1, ["sent", "info", "repeated", "rptd"].contains(c.lower(i - 2)) || (i > 2 && ["sent", "info", "repeated", "rptd"].contains(c.lower(i - 3))),
           previous == "Dept" || c.place(at: i - 1) != nil {
            return [Annotation(.idno, token.span, rule: "idno.routing", subtype: "telegram")]
        }
        return nil
    }

    static func isFirstParagraph(_ block: Block, _ c: TaggerContext) -> Bool {
        guard let i = c.documentIndex(of: block.span.start) else { return false }
        let document = c.documents[i]
        return document.body.first?.span == block.span || (document.body.isEmpty && document.prelude.last?.span == block.span)
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
        // `1967 - 1968`: a range of numbers written with spaces (single spaces, not a table's columns).
        if end + 2 < c.tokens.count, c.tokens[end].kind == .number, ["-", "–"].contains(c.text(end + 1)), c.tokens[end + 1].spaceBefore,
           c.tokens[end + 2].kind == .number, c.tokens[end + 2].spaceBefore,
           c.tokens[end + 2].span.start - c.tokens[end].span.end <= 3, DateRule.yearValue(end, c) == nil || DateRule.yearValue(end + 2, c) != nil {
            end += 2
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
