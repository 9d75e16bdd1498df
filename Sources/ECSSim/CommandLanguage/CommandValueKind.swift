/// What a flag's value is, so the parser can check it and help can show a placeholder.
public enum CommandValueKind: Sendable, Equatable {
  /// Free text or a name (resolved when the command is applied).
  case string
  case integer
  /// A switch: `--force` sets it, `--no-force` clears it; takes no value.
  case boolean
  /// `30s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds.
  case duration
  /// A point on the simulation clock: `HH:MM:SS[.mmm]`, `MM:SS`, or a duration since the start.
  case clockTime
  /// Megabytes: `120`, `120MB`, `1.5GB`.
  case sizeMB
  /// One of `CommandFlag.choices`, checked by the parser because the request field is typed.
  case choice
  /// A structure in AWS CLI shorthand (`key=value,key=[a,b]`) or JSON (starting with `[` or `{`).
  case structure
  /// JSON text.
  case json
}
