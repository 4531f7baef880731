import TEIWriter

/// The tool's name and version, as written into every edition's `encodingDesc`.
public enum ToolInfo {
    public static let name = "tei-edition"
    public static let version = "0.2.0"
    public static var generator: Generator { Generator(name: name, version: version) }
}
