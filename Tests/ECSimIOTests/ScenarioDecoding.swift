import ECSSim
import ECSimIO

/// Helpers shared by the scenario-decoding suites: YAML in, spec or located error out.
protocol ScenarioDecodingHelpers {}

extension ScenarioDecodingHelpers {
  /// The default VPC's subnets: us-east-1a and b.
  var subnetA: String { "subnet-0a1b2c3d4e5f60718" }
  var subnetB: String { "subnet-0a1b2c3d4e5f60719" }
  /// A `targetGroups` section with the groups `web` and `api`.
  var twoGroups: String { "targetGroups:\n  - {name: web}\n  - {name: api}\n" }

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
