import ECSSim
// TEMPORARY STUB (the real loader lands from the scenario work).
public enum ScenarioLoader {
  public static func load(nameOrPath: String) throws(LocatedError) -> ScenarioSpec {
    throw LocatedError("not implemented", at: nil)
  }
}
public enum BuiltinScenarios {
  public static let all: [(name: String, summary: String, yaml: String)] = []
}
