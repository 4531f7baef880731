import CLibXML2

/// One test case of a JUnit XML report.
public struct JUnitTestCase: Hashable, Sendable {
    public struct Failure: Hashable, Sendable {
        /// A one-line summary (the `message` attribute).
        public var message: String
        /// What kind of failure (the `type` attribute).
        public var type: String
        /// The details (the element's text).
        public var text: String

        public init(message: String, type: String, text: String) {
            self.message = message
            self.type = type
            self.text = text
        }
    }

    public var classname: String
    public var name: String
    public var failure: Failure?

    public init(classname: String, name: String, failure: Failure? = nil) {
        self.classname = classname
        self.name = name
        self.failure = failure
    }
}

/// JUnit XML as Jenkins, GitLab and the GitHub test-report actions read it:
/// `testsuites/testsuite/testcase[/failure]`, no namespace, no timings (so the report of a run
/// is deterministic).
public enum JUnitReport {
    public static func xml(suite: String, cases: [JUnitTestCase]) -> [UInt8] {
        let failures = String(cases.filter { $0.failure != nil }.count)
        let counts = [("tests", String(cases.count)), ("failures", failures), ("errors", "0")]
        let tree = XMLTree(rootName: "testsuites", namespaceURI: nil)
        counts.forEach { tree.setAttribute(tree.root, $0.0, $0.1) }
        let testsuite = tree.element("testsuite", in: tree.root, [("name", suite)] + counts + [("skipped", "0")])
        for testCase in cases {
            let node = tree.element("testcase", in: testsuite, [("classname", testCase.classname), ("name", testCase.name)])
            if let failure = testCase.failure {
                let element = tree.element("failure", in: node, [("message", failure.message), ("type", failure.type)])
                tree.text(failure.text, in: element)
            }
        }
        return tree.serialize()
    }
}
