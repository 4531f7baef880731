import Foundation

/// What `tei-edition site` was asked to do.
public struct SiteOptions: Sendable {
    /// The folder `build` wrote the TEI files to (shards together are fine).
    public var editionFolder: URL
    /// The folder the site is written to.
    public var outputFolder: URL
    /// Files that replace the shipped stylesheets and assets of the same name.
    public var stylesheetFolder: URL?
    /// The site's name, in every page's header and title.
    public var title: String

    public init(editionFolder: URL, outputFolder: URL, stylesheetFolder: URL? = nil, title: String = "TEI Edition") {
        self.editionFolder = editionFolder
        self.outputFolder = outputFolder
        self.stylesheetFolder = stylesheetFolder
        self.title = title
    }
}

/// What a site build did.
public struct SiteSummary: Sendable {
    /// Documents with a reading page.
    public var documents = 0
    /// HTML pages written (reading pages, index, registers, chronology, search).
    public var pages = 0
    /// Every file written, TEI copies and assets included.
    public var files = 0
    /// Files of an earlier build of this site that this build no longer makes, removed.
    public var removed = 0
    public var issues: [SiteIssue] = []

    public var succeeded: Bool { issues.isEmpty }
}
