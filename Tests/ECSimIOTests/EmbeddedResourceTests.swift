import ECSimIO
import Foundation
import Testing

/// The YAML files ecsim ships and the copies `scripts/embed-resources` embeds in the binary: every
/// copy equals its file byte for byte, so users read exactly what runs (and a built-in scenario's
/// error lines are its file's lines), and the built-in scenario list is `Scenarios/README.md`'s.
@Suite struct EmbeddedResourceTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let hint = "run scripts/embed-resources to regenerate the embedded copies"

  /// Checks that the `.yaml` files of `folder` are exactly the embedded ones, each equal to its
  /// copy; a difference is reported by its first line rather than by dumping both texts.
  static func expectEmbedded(
    _ embedded: [(name: String, text: String)], equalFilesIn folder: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let directory = packageRoot.appendingPathComponent(folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
    #expect(Set(files) == Set(embedded.map(\.name)), "\(folder)/*.yaml: \(hint)", sourceLocation: sourceLocation)
    for (name, text) in embedded {
      let data = try Data(contentsOf: directory.appendingPathComponent("\(name).yaml"))
      let fileLines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      let textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let firstDiff = (zip(fileLines, textLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(fileLines.count, textLines.count)) + 1
      let same = text.utf8.elementsEqual(data)
      #expect(same, "\(folder)/\(name).yaml differs from its embedded copy from line \(firstDiff): \(hint)", sourceLocation: sourceLocation)
    }
  }

  /// The catalogue lines of Scenarios/README.md, `- [`NAME`](NAME.yaml): SUMMARY`, in order; any
  /// other line starting `- [` is recorded as an issue, since the script would skip it.
  static func catalogue() throws -> [(name: String, summary: String)] {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/README.md"), encoding: .utf8)
    var entries: [(name: String, summary: String)] = []
    for line in text.split(separator: "\n") where line.hasPrefix("- [") {
      guard let m = line.wholeMatch(of: /- \[`([a-z0-9-]+)`\]\(([a-z0-9-]+)\.yaml\): (.+)/), m.1 == m.2 else {
        Issue.record("Scenarios/README.md: '\(line)' is not `- [`NAME`](NAME.yaml): SUMMARY`")
        continue
      }
      entries.append((String(m.1), String(m.3)))
    }
    return entries
  }

  @Test func themesEqualTheirFiles() throws {
    try Self.expectEmbedded(BundledThemes.all.map { ($0.name, $0.yaml) }, equalFilesIn: "Themes")
  }

  @Test func scenariosEqualTheirFiles() throws {
    try Self.expectEmbedded(BuiltinScenarios.all.map { ($0.name, $0.yaml) }, equalFilesIn: "Scenarios")
  }

  @Test func scenarioListIsTheCatalogue() throws {
    let catalogue = try Self.catalogue()
    #expect(BuiltinScenarios.all.map(\.name) == catalogue.map(\.name), "\(Self.hint)")
    for (builtin, listed) in zip(BuiltinScenarios.all, catalogue) where builtin.name == listed.name {
      #expect(builtin.summary == listed.summary, "\(builtin.name)'s summary differs from Scenarios/README.md: \(Self.hint)")
    }
  }
}
