import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export registers and annotations (work in progress).")
    func run() throws { throw ValidationError("export: not implemented yet") }
}
