import Foundation

/// The TEI files of an edition folder, as `build` writes them.
public enum EditionFolder {
    /// Every `*.xml` below `folder`, sorted by path relative to it. Hidden files and folders
    /// (temporary files of an interrupted write, `.git`) are skipped; the build manifests
    /// (`.tei-edition-manifest*.json`) are hidden and JSON anyway.
    public static func teiFiles(in folder: URL) throws -> [URL] {
        try FolderListing.files(withExtension: "xml", under: folder).map(\.url)
    }
}

/// A TEI file named on the command line or found in a folder named there.
public struct EditionFile: Hashable, Sendable {
    /// The path to print and read: the argument, or the folder argument joined with `relativePath`.
    public var path: String
    /// Relative to the folder it was found in; the file name for a file given directly.
    public var relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }
}

extension EditionFolder {
    /// Expands files and folders into TEI files. A missing path, an unreadable folder or a
    /// folder without any `.xml` is a problem, reported like the build's input problems.
    public static func files(_ arguments: [String]) -> (files: [EditionFile], problems: [RenderedDiagnostic]) {
        var files: [EditionFile] = []
        var problems: [RenderedDiagnostic] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append(problem(argument, "input.missing", "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(EditionFile(path: argument, relativePath: URL(fileURLWithPath: argument).lastPathComponent))
                continue
            }
            do {
                let found = try teiFiles(in: URL(fileURLWithPath: argument))
                if found.isEmpty { problems.append(problem(argument, "input.empty-folder", "folder holds no .xml file")) }
                files += found.map { url in
                    let relative = FolderListing.relativePath(of: url, in: URL(fileURLWithPath: argument))
                    return EditionFile(path: (argument.hasSuffix("/") ? argument : argument + "/") + relative, relativePath: relative)
                }
            } catch {
                problems.append(problem(argument, "input.unreadable", "cannot list folder"))
            }
        }
        return (files, problems)
    }

    static func problem(_ path: String, _ rule: String, _ message: String) -> RenderedDiagnostic {
        RenderedDiagnostic(path: path, line: 0, column: 0, severity: .error, rule: rule, message: message)
    }
}
