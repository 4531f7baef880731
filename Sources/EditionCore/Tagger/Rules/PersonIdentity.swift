import Foundation

/// Which person a mention names: the personography's id, else a slug of the name; and one id
/// per person within a document.
extension PersonRule {
    /// The slug: the personography's id, else the name without title and initials.
    static func resolve(_ annotation: Annotation, _ c: TaggerContext) -> Annotation {
        var a = annotation
        let nameSpan = Span(a.roleSpan?.end ?? a.span.start, a.span.end)
        let name = c.source[nameSpan].trimmedWhitespace()
        // `Mrs. Kennedy` is not the Kennedy a bare surname stands for.
        let title = a.roleSpan.map { c.source[$0].lowercased() } ?? ""
        let femaleTitle = ["mrs.", "mrs", "miss", "madame", "mme.", "ms."].contains(title) && !name.contains(" ")
        if !femaleTitle, let (person, pseudonym) = c.personography.lookup(name) {
            a.value = person.id
            if pseudonym, a.subtype == nil { a.subtype = "pseudonym" }
        } else {
            // Initials stay in the slug beside a full given name (`John M. Allison` -> john-m-allison),
            // not alone before a surname (`A.F. Dobrynin` -> dobrynin), so that the same person
            // written with and without initials gets one id.
            let all = name.split(separator: " ")
            let isInitial = { (w: Substring) in w.hasSuffix(".") && w.count <= 4 }
            let keepInitials = all.dropLast().contains { !isInitial($0) }
            a.value = slug((keepInitials ? all : all.filter { !isInitial($0) }).joined(separator: " "))
        }
        return a
    }

    /// One person, one id within a document: a bare surname (`Johnson`, `Kohler`) takes the id
    /// of the fuller form of the same surname in that document (`Ambassador U. Alexis Johnson`,
    /// `Foy D. Kohler`) when there is exactly one such form.
    static func unifySurnames(_ mentions: [Annotation], _ c: TaggerContext) -> [Annotation] {
        func surname(_ a: Annotation) -> String? {
            let name = c.source[Span(a.roleSpan?.end ?? a.span.start, a.span.end)].trimmedWhitespace()
            return name.split(separator: " ").last.map { $0.uppercased() }
        }
        func isFull(_ a: Annotation) -> Bool {
            c.source[Span(a.roleSpan?.end ?? a.span.start, a.span.end)].trimmedWhitespace().contains(" ")
        }
        var fuller: [String: Set<String>] = [:]  // "document|SURNAME" -> ids of fuller forms
        for a in mentions where isFull(a) && a.subtype != "pseudonym" {
            if let s = surname(a), let value = a.value { fuller["\(c.documentIndex(of: a.span.start) ?? -1)|\(s)", default: []].insert(value) }
        }
        return mentions.map { a in
            guard !isFull(a), a.subtype != "pseudonym", let s = surname(a),
                  let ids = fuller["\(c.documentIndex(of: a.span.start) ?? -1)|\(s)"], ids.count == 1 else { return a }
            var b = a
            b.value = ids.first
            return b
        }
    }
}

/// A lowercase ASCII id: `Mao Zedong` -> `mao-zedong`.
public func slug(_ text: String) -> String {
    // Only text with accents needs Foundation's decomposition (`Chargé` -> `charge`).
    let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
    var out = ""
    for scalar in scalars {
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            out.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value)).properties.lowercaseMapping.unicodeScalars.first!)
        } else if scalar.properties.generalCategory == .nonspacingMark {
            continue
        } else if !out.isEmpty, out.last != "-" {
            out.append("-")
        }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "unnamed" : out
}
