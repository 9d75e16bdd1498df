import ECSSim
import ECSimIO

/// Helpers shared by the scenario-decoding suites: YAML in, spec or located error out.
protocol ScenarioDecodingHelpers {}

extension ScenarioDecodingHelpers {
  func decode(_ yaml: String) throws(LocatedError) -> ScenarioSpec {
    try ScenarioLoader.load(yaml: yaml, source: "test.yaml")
  }

  func decodeError(_ yaml: String) -> LocatedError? {
    do { _ = try decode(yaml); return nil } catch { return error }
  }

  func at(_ line: Int, _ column: Int) -> ECSSim.SourceLocation { ECSSim.SourceLocation(line: line, column: column) }

  func error(_ message: String, _ line: Int, _ column: Int) -> LocatedError {
    LocatedError(message, at: at(line, column), source: "test.yaml")
  }
}
