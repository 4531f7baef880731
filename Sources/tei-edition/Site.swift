import ArgumentParser

struct Site: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the static website of an edition (work in progress).")
    func run() throws { throw ValidationError("site: not implemented yet") }
}
