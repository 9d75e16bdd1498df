/// A short name for a verb, for the `:` prompt; `presets` fix some of the verb's flags
/// (`drain` is `update-container-instances-state --status DRAINING`).
public struct CommandAlias: Sendable {
  /// A flag an alias fixes, and the value it fixes it to.
  public struct Preset: Sendable, Equatable {
    /// The flag's name, without dashes.
    public var flag: String
    public var value: String
  }

  public var name: String
  public var presets: [Preset]
  /// Flags that bare words fill for this alias instead of the verb's own `positionals`, each of
  /// them required: `scale web 4` is `update-service --service web --desired-count 4`, where a
  /// bare `update-service web` takes only the service. nil: the verb's positionals.
  public var positionals: [String]?
  public var summary: String

  /// Presets and positionals are given as the verb's flag constants, so they cannot name a flag
  /// that does not exist; the table test checks the verb declares them.
  public init(
    _ name: String, presets: [(CommandFlag, String)] = [], positionals: [CommandFlag]? = nil, summary: String
  ) {
    self.name = name
    self.presets = presets.map { Preset(flag: $0.0.name, value: $0.1) }
    self.positionals = positionals?.map(\.name)
    self.summary = summary
  }
}
