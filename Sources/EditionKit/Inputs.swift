import Foundation

/// One transcription to build, and where its edition goes relative to the output folder.
public struct InputFile: Hashable, Sendable {
    public var path: String
    /// `a/b/x.xml` for `INPUT/a/b/x.txt` found under a folder; `x.xml` for a file given directly.
    public var outputRelativePath: String

    public init(path: String, outputRelativePath: String) {
        self.path = path
        self.outputRelativePath = outputRelativePath
    }
}

public enum InputDiscovery {
    /// Expands files and folders (folders: every `*.txt` below them, sorted) into inputs.
    /// Missing paths and folders without `.txt` are returned as problems.
    public static func discover(_ arguments: [String]) -> (inputs: [InputFile], problems: [RenderedDiagnostic]) {
        var inputs: [InputFile] = []
        var problems: [RenderedDiagnostic] = []
        let fm = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append(RenderedDiagnostic(path: argument, line: 0, column: 0, severity: .error, rule: "input.missing", message: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                let name = URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
                inputs.append(InputFile(path: argument, outputRelativePath: name + ".xml"))
                continue
            }
            let found = textFiles(under: argument)
            if found.isEmpty {
                problems.append(RenderedDiagnostic(path: argument, line: 0, column: 0, severity: .error, rule: "input.empty-folder", message: "folder holds no .txt file"))
            }
            inputs += found
        }
        return separatingCollisions(inputs, &problems)
    }

    /// The same file named twice is built once; two different files that would write the same
    /// output are both refused, so neither overwrites the other.
    static func separatingCollisions(_ inputs: [InputFile], _ problems: inout [RenderedDiagnostic]) -> (inputs: [InputFile], problems: [RenderedDiagnostic]) {
        var seenPaths: Set<String> = []
        let unique = inputs.filter { seenPaths.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
        let byOutput = Dictionary(grouping: unique, by: \.outputRelativePath)
        for (output, group) in byOutput.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            for input in group {
                let others = group.filter { $0 != input }.map(\.path).joined(separator: ", ")
                problems.append(RenderedDiagnostic(path: input.path, line: 0, column: 0, severity: .error, rule: "input.output-collision",
                                                   message: "would write \(output), as \(others) would; neither is built"))
            }
        }
        return (unique.filter { byOutput[$0.outputRelativePath]!.count == 1 }, problems)
    }

    static func textFiles(under folder: String) -> [InputFile] {
        let found = (try? FolderListing.files(withExtension: "txt", under: URL(fileURLWithPath: folder))) ?? []
        return found.map { InputFile(path: $0.url.path, outputRelativePath: String($0.relative.dropLast(4)) + ".xml") }
    }
}

/// The files with one extension below a folder, for the commands that take folders.
public enum FolderListing {
    /// Regular files below `folder` whose name ends in `.ext`, with their paths relative to it,
    /// sorted by those. Hidden files and folders (`.git`, temporary files of an interrupted
    /// write) are skipped.
    public static func files(withExtension ext: String, under folder: URL) throws -> [(relative: String, url: URL)] {
        let base = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path, NSLocalizedDescriptionKey: "no such folder"])
        }
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: folder.path, NSLocalizedDescriptionKey: "cannot list folder"])
        }
        var found: [(relative: String, url: URL)] = []
        for case let url as URL in enumerator where url.pathExtension == ext {
            guard (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true else { continue }
            found.append((relativePath(of: url, in: base), url))
        }
        return found.sorted { $0.relative < $1.relative }
    }

    /// `folder/a/b.xml` → `a/b.xml`.
    public static func relativePath(of file: URL, in folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let path = file.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return file.lastPathComponent }
        return String(path.dropFirst(base.count + 1))
    }
}

/// Writes a file so that readers see the old content or the new, never a part: a temporary
/// file in the same folder, then `rename(2)`.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(bytes).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
