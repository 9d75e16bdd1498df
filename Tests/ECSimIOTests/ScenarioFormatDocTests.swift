import ECSSim
import ECSimIO
import Foundation
import Testing

/// Keeps docs/scenario-format.md honest: every YAML example in it loads.
@Suite struct ScenarioFormatDocTests {
  static let docPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/scenario-format.md").path

  /// The ```yaml blocks of the document, in order.
  static func yamlExamples() throws -> [String] {
    let text = try String(contentsOfFile: docPath, encoding: .utf8)
    var blocks: [String] = []
    var current: [Substring]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line == "```yaml" { current = []; continue }
      if current != nil, line == "```" { blocks.append(current!.joined(separator: "\n") + "\n"); current = nil; continue }
      current?.append(line)
    }
    return blocks
  }

  /// Decodes with `taskDefinitions` removed: those are checked by their own decoder's tests.
  static func decodeWithoutTaskDefinitions(_ text: String) throws(LocatedError) -> ScenarioSpec {
    var root = try YAMLNodeReader.read(text)
    if case .mapping(var pairs) = root.kind {
      pairs.removeAll { $0.key.scalar == "taskDefinitions" }
      root.kind = .mapping(pairs)
    }
    return try ScenarioSpec.decode(root)
  }

  @Test func everyExampleDecodes() throws {
    let examples = try Self.yamlExamples()
    #expect(examples.count == 10)
    for example in examples {
      // Fragments get a name so they are whole scenarios.
      let text = example.hasPrefix("name:") ? example : "name: doc\n" + example
      do {
        _ = try Self.decodeWithoutTaskDefinitions(text)
      } catch {
        Issue.record("\(error)\n\(example)")
      }
    }
  }

  @Test func completeExampleHasEverySection() throws {
    let example = try #require(Self.yamlExamples().last)
    let spec = try Self.decodeWithoutTaskDefinitions(example)
    #expect(spec.name == "two-services")
    #expect(spec.instances.map(\.purchaseOption) == [.onDemand, .spot])
    #expect(spec.tasks.map(\.taskDefinition) == ["web", "worker"])
    #expect(spec.timeline.map(\.at) == [.minutes(5)])
  }
}
