/// Scenarios shipped inside the binary, so `ecsim` runs with no files and users have complete,
/// commented examples to start from (`ecsim scenarios --show NAME` prints one).
///
/// Each one's source is `Scenarios/NAME.yaml`, which users read and copy; the list (order and
/// one-line summaries) is `Scenarios/README.md`. `scripts/embed-resources` copies them into
/// `Embedded/` as string literals (`all` is declared there), so the text a built-in scenario's
/// errors count lines and columns in is the file's, line for line.
public enum BuiltinScenarios {
  public static func named(_ name: String) -> (name: String, summary: String, yaml: String)? {
    all.first { $0.name == name }
  }
}
