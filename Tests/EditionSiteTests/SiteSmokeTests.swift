import Testing
@testable import EditionSite
