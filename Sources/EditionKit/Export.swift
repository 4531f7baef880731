import Foundation
import TEIWriter

/// What `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One JSON object: documents, merged registers, annotations.
    case json
    /// Annotations only, one object per line in the gold shape.
    case jsonl
    /// `documents.csv`, `registers.csv`, `annotations.csv` in a folder.
    case csv
}

/// The documents of an edition read back, and the files that could not be read.
public struct EditionContents: Sendable {
    public var documents: [EditionDocument]
    public var problems: [RenderedDiagnostic]

    public init(documents: [EditionDocument], problems: [RenderedDiagnostic]) {
        self.documents = documents
        self.problems = problems
    }

    /// Reads every TEI file of the given files and folders (see `EditionFolder.files`).
    public static func read(_ arguments: [String]) -> EditionContents {
        let (files, problems) = EditionFolder.files(arguments)
        var contents = EditionContents(documents: [], problems: problems)
        for file in files {
            switch read(file) {
            case .success(let document): contents.documents.append(document)
            case .failure(let problem): contents.problems.append(problem)
            }
        }
        return contents
    }

    static func read(_ file: EditionFile) -> Result<EditionDocument, RenderedDiagnostic> {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(EditionFolder.problem(file.path, "input.unreadable", "cannot read file"))
        }
        return EditionReader.read(Array(data), path: file.relativePath).mapError { issue in
            RenderedDiagnostic(path: file.path, line: issue.line, column: issue.column, severity: .error, rule: "xml.malformed", message: issue.message)
        }
    }
}

/// A register entry merged across the documents that list it (same kind, same id).
public struct MergedRegisterEntry: Sendable, Hashable {
    public struct Occurrence: Sendable, Hashable {
        public var doc: String
        public var anchor: String
    }

    public var kind: RegisterEntry.Kind
    public var id: String
    /// The name of the first document (in path order) that lists the entry.
    public var name: String
    /// Every distinct name without type, the first one first.
    public var names: [String]
    public var variants: [String]
    public var pseudonyms: [String]
    public var identifiers: [RegisterEntry.Identifier]
    /// The mentions that point at the entry, in document then text order.
    public var mentions: [Occurrence]
}

public enum EditionExport {
    /// Merges the registers of all documents; sorted by kind (person, place, org), then id.
    public static func mergedRegisters(_ documents: [EditionDocument]) -> [MergedRegisterEntry] {
        var merged: [String: MergedRegisterEntry] = [:]
        for document in documents {
            for entry in document.registers { merge(entry, into: &merged[key(entry.kind, entry.id)]) }
        }
        for document in documents {
            for mention in document.mentions {
                guard let ref = mention.ref, let kind = RegisterEntry.Kind(rawValue: mention.type) else { continue }
                merged[key(kind, ref)]?.mentions.append(.init(doc: document.id, anchor: mention.anchor))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: RegisterEntry.Kind.allCases.enumerated().map { ($1, $0) })
        return merged.values.sorted { (order[$0.kind]!, $0.id) < (order[$1.kind]!, $1.id) }
    }

    static func key(_ kind: RegisterEntry.Kind, _ id: String) -> String { kind.rawValue + "#" + id }

    static func merge(_ entry: RegisterEntry, into slot: inout MergedRegisterEntry?) {
        var m = slot ?? MergedRegisterEntry(kind: entry.kind, id: entry.id, name: entry.name, names: [], variants: [],
                                            pseudonyms: [], identifiers: [], mentions: [])
        appendNew([entry.name].filter { !$0.isEmpty }, to: &m.names)
        appendNew(entry.variants, to: &m.variants)
        appendNew(entry.pseudonyms, to: &m.pseudonyms)
        appendNew(entry.identifiers, to: &m.identifiers)
        if m.name.isEmpty { m.name = entry.name }
        slot = m
    }

    static func appendNew<T: Equatable>(_ items: [T], to list: inout [T]) {
        for item in items where !list.contains(item) { list.append(item) }
    }
}

// MARK: - JSON

extension EditionExport {
    /// One JSON object, keys sorted, two-space indentation: documents, registers by kind,
    /// annotations (the gold shape plus `anchor`).
    public static func json(_ documents: [EditionDocument]) throws -> [UInt8] {
        let registers = mergedRegisters(documents)
        let object: [String: Any] = [
            "documents": documents.map(documentObject),
            "registers": Dictionary(uniqueKeysWithValues: RegisterEntry.Kind.allCases.map { kind in
                (kind.rawValue, registers.filter { $0.kind == kind }.map(registerObject))
            }),
            "annotations": documents.flatMap { document in
                document.mentions.map { annotationObject($0, doc: document.id).merging(["anchor": $0.anchor]) { $1 } }
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return Array(data) + [0x0A]
    }

    /// Annotations only, one per line, keys in the order of the gold files and of
    /// `tei_mentions.py` (doc, type, subtype, start, end, text, value), so the lines read like theirs.
    public static func jsonLines(_ documents: [EditionDocument]) -> [UInt8] {
        var out = ""
        for document in documents {
            for m in document.mentions {
                let fields: [(String, Any?)] = [("doc", document.id), ("type", m.type), ("subtype", m.subtype), ("start", m.start),
                                                ("end", m.end), ("text", m.text), ("value", m.value)]
                out += "{" + fields.map { "\(TagOutput.json($0.0)): \(TagOutput.json($0.1))" }.joined(separator: ", ") + "}\n"
            }
        }
        return Array(out.utf8)
    }

    static func documentObject(_ d: EditionDocument) -> [String: Any] {
        ["id": d.id, "path": d.path, "title": d.title, "author": d.author ?? NSNull(), "date": d.date ?? NSNull()]
    }

    static func registerObject(_ e: MergedRegisterEntry) -> [String: Any] {
        ["id": e.id, "name": e.name, "names": e.names, "variants": e.variants, "pseudonyms": e.pseudonyms,
         "identifiers": e.identifiers.map { ["type": $0.type, "value": $0.value] },
         "mentions": e.mentions.map { ["doc": $0.doc, "anchor": $0.anchor] }]
    }

    /// The gold JSONL fields: offsets are code points into the text content of `<text>`.
    static func annotationObject(_ m: EditionMention, doc: String) -> [String: Any] {
        ["doc": doc, "type": m.type, "subtype": m.subtype ?? NSNull(), "start": m.start, "end": m.end,
         "text": m.text, "value": m.value ?? NSNull()]
    }
}

// MARK: - CSV

extension EditionExport {
    /// Multi-valued cells (variants, identifiers, mentions) join their items with this.
    public static let csvListSeparator = "|"

    /// `documents.csv`, `registers.csv`, `annotations.csv`: UTF-8, LF line ends, a header row,
    /// fields quoted as RFC 4180 says when they hold a comma, a quote or a line break.
    public static func csv(_ documents: [EditionDocument]) -> [(name: String, bytes: [UInt8])] {
        let documentRows = documents.map { [$0.id, $0.path, $0.title, $0.author ?? "", $0.date ?? ""] }
        let registerRows = mergedRegisters(documents).map { e in
            [e.kind.rawValue, e.id, e.name, list(e.variants), list(e.pseudonyms),
             list(e.identifiers.map { "\($0.type):\($0.value)" }), String(e.mentions.count), list(e.mentions.map { "\($0.doc)#\($0.anchor)" })]
        }
        let annotationRows = documents.flatMap { d in
            d.mentions.map { [d.id, $0.anchor, $0.type, $0.subtype ?? "", String($0.start), String($0.end), $0.text, $0.value ?? ""] }
        }
        return [
            ("documents.csv", table(["id", "path", "title", "author", "date"], documentRows)),
            ("registers.csv", table(["kind", "id", "name", "variants", "pseudonyms", "identifiers", "mention_count", "mentions"], registerRows)),
            ("annotations.csv", table(["doc", "anchor", "type", "subtype", "start", "end", "text", "value"], annotationRows)),
        ]
    }

    static func list(_ items: [String]) -> String { items.joined(separator: csvListSeparator) }

    static func table(_ header: [String], _ rows: [[String]]) -> [UInt8] {
        Array(([header] + rows).map { $0.map(csvField).joined(separator: ",") + "\n" }.joined().utf8)
    }

    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

// MARK: - Writing

extension EditionExport {
    public struct UsageError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the export: JSON and JSONL to `output` (a file) or, without one, return the bytes
    /// for standard output; CSV into the folder `output`. Every file is written atomically.
    public static func write(_ documents: [EditionDocument], format: ExportFormat, output: String?) throws -> [UInt8]? {
        switch format {
        case .json, .jsonl:
            let bytes = format == .json ? try json(documents) : jsonLines(documents)
            guard let output else { return bytes }
            try AtomicFile.write(bytes, to: output)
        case .csv:
            guard let output else { throw UsageError(description: "--format csv writes three files: give --output DIR") }
            for (name, bytes) in csv(documents) {
                try AtomicFile.write(bytes, to: URL(fileURLWithPath: output).appendingPathComponent(name).path)
            }
        }
        return nil
    }
}
