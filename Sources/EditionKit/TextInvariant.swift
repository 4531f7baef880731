import EditionCore
import Foundation
import TEIWriter

/// ENCODING.md §4.2, made executable: the characters of the body, without whitespace, `[ ]`,
/// `?`, `*` and inline tags, appear in the same order in the edition's `text`. The comparison is
/// that of `../shared/tools/text_invariant.py`; the characters XML cannot hold are the only ones
/// an edition may lack (they are reported as `text.forbidden-char`).
public enum TextInvariant {
    /// The comparison form: no whitespace, brackets, `?`, `*` or inline tags (`<sup>`).
    public static func squeezed(_ s: String) -> String {
        let withoutTags = s.replacingOccurrences(of: "</?[A-Za-z][A-Za-z0-9]*>", with: "", options: .regularExpression)
        return String(String.UnicodeScalarView(withoutTags.unicodeScalars.filter {
            !($0.properties.isWhitespace || "[]?*".unicodeScalars.contains($0))
        }))
    }

    /// The body as an edition can hold it: every character but those XML 1.0 forbids.
    public static func expectedBody(_ text: AnnotatedText) -> String {
        let forbidden = Set(ForbiddenCharacters.scan(text.source).map(\.offset))
        var body = String.UnicodeScalarView()
        var offset = text.body.start
        for scalar in text.source[text.body].unicodeScalars {
            if !forbidden.contains(offset) { body.append(scalar) }
            offset += String(scalar).utf8.count
        }
        return String(body)
    }

    /// Whether the edition `xml` of `text` holds all of its body.
    public static func holds(_ text: AnnotatedText, edition xml: [UInt8]) -> Bool {
        guard case .success(let contents) = TEIInspector.contents(xml) else { return false }
        return squeezed(expectedBody(text)) == squeezed(contents.text)
    }
}
