import ArgumentParser
import ECSimIO

/// Lists the built-in scenarios (`--scenario NAME` takes these names).
struct Scenarios: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the built-in scenarios.")

  @Option(help: "Print this scenario's YAML instead of the list.")
  var show: String?

  func run() throws {
    if let show {
      guard let s = BuiltinScenarios.all.first(where: { $0.name == show }) else {
        throw InputError("error: no built-in scenario named '\(show)'; see `ecsim scenarios`")
      }
      print(s.yaml, terminator: s.yaml.hasSuffix("\n") ? "" : "\n")
      return
    }
    let width = BuiltinScenarios.all.map(\.name.count).max() ?? 0
    for s in BuiltinScenarios.all {
      print(s.name + String(repeating: " ", count: width - s.name.count) + "  " + s.summary)
    }
  }
}
