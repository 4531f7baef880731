/// Runs every rule over the body and resolves their candidates into one set of annotations.
public struct Tagger: Sendable {
    public init() {}

    public func tag(_ context: TaggerContext) -> (annotations: [Annotation], diagnostics: [Diagnostic]) {
        let (dates, dateDiagnostics) = DateRule.run(context)
        var candidates = EditorialRule.run(context)
        candidates += IdnoRule.run(context)
        candidates += dates
        candidates += PersonRule.run(context)
        candidates += OrgRule.run(context)
        candidates += PlaceRule.run(context)
        candidates += QuantityRule.run(context)
        return (Resolution.resolve(candidates), dateDiagnostics)
    }
}
