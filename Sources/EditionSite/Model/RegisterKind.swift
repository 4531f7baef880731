import TEIWriter

/// The three registers of the site, one page each.
enum RegisterKind: String, CaseIterable, Sendable {
    case person, place, org

    init(_ kind: RegisterEntry.Kind) {
        switch kind {
        case .person: self = .person
        case .place: self = .place
        case .org: self = .org
        }
    }

    var page: String {
        switch self {
        case .person: "persons.html"
        case .place: "places.html"
        case .org: "organisations.html"
        }
    }

    /// The page's key in the navigation (the `page` parameter of the stylesheets).
    var navigationKey: String {
        switch self {
        case .person: "persons"
        case .place: "places"
        case .org: "organisations"
        }
    }
}
