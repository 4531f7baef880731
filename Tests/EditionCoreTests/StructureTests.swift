import EditionCore
import Foundation
import Testing

@Suite struct HeaderTests {
    @Test func severalFieldsOnOneLineEmptyAndUnknownLabels() {
        let s = SourceText("\n1951\n\nSpeeches/Documents\n\n**Title:** Mao to Stalin\n\n**Date:** 5 October 1951 **Source:** Edited by X pg. 1-2\n\n**Rights:** none\n\n**Description:**\n\nBody.")
        let (header, diagnostics) = HeaderParser.parse(s)
        #expect(header.fields.map(\.label) == ["Title", "Date", "Source", "Rights", "Description"])
        #expect(s[header.field("Date")!.value] == "5 October 1951")
        #expect(s[header.field("Source")!.value] == "Edited by X pg. 1-2")
        #expect(header.field("Description")!.value.isEmpty)
        #expect(header.preamble.map { s[$0] } == ["1951", "Speeches/Documents"])
        #expect(s[Span(header.bodyStart, s.count)].trimmingCharacters(in: .whitespacesAndNewlines) == "Body.")
        #expect(diagnostics.isEmpty)
    }

    @Test func noHeaderIsAWarningAndAllBody() {
        let (header, diagnostics) = HeaderParser.parse(SourceText("Just a body."))
        #expect(header.bodyStart == 0)
        #expect(diagnostics.map(\.rule) == ["header.missing"])
    }

    @Test func repeatedFieldIsKeptAndReported() {
        let (header, diagnostics) = HeaderParser.parse(SourceText("**Title:** A\n**Title:** B\n"))
        #expect(header.fields.count == 2)
        #expect(diagnostics.map(\.rule) == ["header.repeated-field"])
    }
}

@Suite struct BracketTests {
    func parse(_ text: String) -> (BracketAnalysis, [Diagnostic]) {
        let s = SourceText(text)
        return BracketParser.parse(s, in: s.fullSpan)
    }

    @Test func nestedPairsGetDepths() {
        let (a, d) = parse("[a [b] c]")
        #expect(a.pairs.map(\.depth) == [0, 1])
        #expect(d.isEmpty)
    }

    /// The seed's second stamp: `...[Special Department]]` then `... 8 October 1951]`.
    @Test func doubledCloseIsTheStrayOne() {
        let text = "[Stamp: X [Special Department]]\n\nY N° 8[7]1 8 October 1951]"
        let (a, d) = parse(text)
        let bytes = Array(text.utf8)
        let stray = (0..<bytes.count - 1).first { bytes[$0] == 0x5D && bytes[$0 + 1] == 0x5D }! + 1
        #expect(a.strayCloses == [stray])
        #expect(a.outerPairs.first?.close == text.utf8.count - 1)
        #expect(d.map(\.rule) == ["brackets.stray-close"])
    }

    @Test func unclosedAndStrayAreDiagnosedNotFatal() {
        let (a, d) = parse("a ] b [ c")
        #expect(a.strayCloses == [2])
        #expect(a.unclosedOpens == [6])
        #expect(Set(d.map(\.rule)) == ["brackets.stray-close", "brackets.unclosed"])
    }

    /// 100,000 nested brackets: matched without recursion; the TEI nests only the outer ones.
    @Test func deepNestingUsesNoRecursionAndIsCapped() {
        let depth = 100_000
        let (a, d) = parse(String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth))
        #expect(a.pairs.count == BracketParser.maxDepth)
        #expect(a.strayCloses.isEmpty && a.unclosedOpens.isEmpty)
        #expect(d.map(\.rule) == ["brackets.too-deep"])
    }
}

@Suite struct DocumentStructureTests {
    @Test func seedLikeLayout() {
        let text = Fixtures.analyze("""
        HEADING OF THE CABLE

        CABLE N° 1

        Copies to Cde. Stalin

        to Cde. Molotov

        from [BEIJING] received at 0230 5 October 1951

        to Cde. FILIPPOV

        1. We have received the telegram and agree with your opinion.

        Greetings.

        MAO ZEDONG

        N° 4933

        4 October

        -----
        Printed by Leshevich 0430 5 October

        COPY OF AN OUTGOING TELEGRAM

        to Cde. KRASOVSKY

        We received your telegram of 4 October and reply to it now.

        FILIPPOV

        7 October 1951
        """)
        #expect(text.documents.count == 2)
        let first = text.documents[0]
        #expect(first.prelude.map(\.role) == [.heading, .heading, .distribution, .line])
        #expect(first.opener.map(\.role) == [.addressee])
        #expect(first.body.first?.number == 1)
        #expect(first.closer.map(\.role) == [.closingSalute, .signature, .senderNumber, .dateline])
        #expect(first.registry.map(\.role) == [.separator, .registry])
        #expect(text.documents[1].closer.map(\.role) == [.signature, .dateline])
    }
}
