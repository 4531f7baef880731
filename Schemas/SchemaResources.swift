import Foundation

/// The project's RELAX NG schema (`tei-edition.rng`), shipped with the tool.
public enum EditionSchemas {
    /// Location of the bundled `tei-edition.rng`.
    public static var projectSchemaURL: URL? {
        Bundle.module.url(forResource: "tei-edition", withExtension: "rng")
    }
}
