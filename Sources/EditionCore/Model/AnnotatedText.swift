/// A transcription after analysis: its header, documents, annotations and diagnostics.
/// This is what the TEI writer turns into XML and what `tag` prints.
public struct AnnotatedText: Sendable {
    /// The file stem (`000_dccbfe2cab0ae208`), used for ids and messages.
    public var name: String
    public var source: SourceText
    public var header: Header
    public var headerDate: CalendarDate?
    /// The body's range (after the header).
    public var body: Span
    public var documents: [DocumentUnit]
    public var brackets: BracketAnalysis
    /// Sorted in document order, containers before their content.
    public var annotations: [Annotation]
    public var diagnostics: [Diagnostic]
    /// The known people the mentions were resolved against.
    public var personography: Personography

    public func personographyEntry(_ id: String) -> Personography.Person? { personography.person(id: id) }
}

/// The whole analysis: header, structure, tokens, tagger.
public struct Analyzer: Sendable {
    public let lexicon: Lexicon
    public let personography: Personography
    let index: LexiconIndex
    let tokenizer: Tokenizer

    /// Builds the lexicon's indexes once; the analyzer is then shared by every text and thread.
    public init(lexicon: Lexicon, personography: Personography = Personography()) {
        self.lexicon = lexicon
        self.personography = personography
        self.index = LexiconIndex(lexicon)
        self.tokenizer = Tokenizer(abbreviations: lexicon.abbreviations, numberWords: Set(lexicon.numberWords.keys))
    }

    public func analyze(name: String, source: SourceText) -> AnnotatedText {
        let (header, headerDiagnostics) = HeaderParser.parse(source)
        var diagnostics = headerDiagnostics + ForbiddenCharacters.scan(source)
        let body = Span(header.bodyStart, source.count)
        let (brackets, bracketDiagnostics) = BracketParser.parse(source, in: body)
        diagnostics += bracketDiagnostics
        let documents = DocumentStructurer.structure(source, body: body, brackets: brackets, lexicon: lexicon)
        let dateField = header.field("Date")
        let headerDate = dateField.flatMap { readDate(in: $0.value, source) }
        if let field = dateField, headerDate == nil {
            diagnostics.append(Diagnostic(.warning, rule: "header.date-unreadable", "the header Date is not a date the tool reads; year-less dates in the body get no year", at: field.value.start))
        }
        let tokens = tokenizer.tokenize(source, in: body)
        let context = TaggerContext(source: source, tokens: tokens, lexicon: index, personography: personography,
                                    documents: documents, brackets: brackets, referenceDate: headerDate)
        let (annotations, tagDiagnostics) = Tagger().tag(context)
        diagnostics += tagDiagnostics
        diagnostics = Diagnostic.capped(diagnostics)
        return AnnotatedText(name: name, source: source, header: header, headerDate: headerDate, body: body,
                             documents: documents, brackets: brackets, annotations: annotations, diagnostics: diagnostics,
                             personography: personography)
    }

    /// The header Date read with the same date rules as the body (`5 October 1951`, `June 8, 1952—7 p.m.`).
    func readDate(in span: Span, _ source: SourceText) -> CalendarDate? {
        let tokens = tokenizer.tokenize(source, in: span)
        let context = TaggerContext(source: source, tokens: tokens, lexicon: index, personography: personography,
                                    documents: [], brackets: .empty, referenceDate: nil)
        for i in tokens.indices {
            guard let parsed = DateRule.longest(at: i, context), let year = parsed.year else { continue }
            return CalendarDate(year: year, month: parsed.month, day: parsed.day)
        }
        // A bare year (`1951`).
        for i in tokens.indices { if let y = DateRule.yearValue(i, context) { return CalendarDate(year: y) } }
        return nil
    }
}
