/// One `--flag` of a verb.
///
/// A verb's declaration keeps its flags as constants and its builder reads values through those
/// same constants (`a.text(reason)`), never through a name typed again: a misspelt flag is a
/// compile error, and `CommandArguments` refuses a flag the verb does not declare.
public struct CommandFlag: Sendable {
  /// Without the leading dashes: `task-definition`.
  public var name: String
  public var kind: CommandValueKind
  public var isRequired: Bool
  /// Takes every following word up to the next `--flag` (`--tasks a b c`).
  public var isList: Bool
  /// Filled only by a bare word (`push-image web:1.0`); `--name` is not accepted for it.
  public var isPositionalOnly: Bool
  /// Values to offer; enforced only when `kind == .choice` (otherwise ECS validates them on apply,
  /// with its own message, as the real CLI leaves them to the service).
  public var choices: [String]
  /// What the verb uses when the flag is absent, for help text.
  public var defaultValue: String?
  public var completion: CommandCompletion?
  /// One line for help and completion menus.
  public var help: String

  public init(
    _ name: String, _ kind: CommandValueKind = .string, required: Bool = false, list: Bool = false,
    positionalOnly: Bool = false, choices: [String] = [], default defaultValue: String? = nil,
    completion: CommandCompletion? = nil, help: String
  ) {
    self.name = name; self.kind = kind; self.isRequired = required; self.isList = list
    self.isPositionalOnly = positionalOnly; self.choices = choices; self.defaultValue = defaultValue
    self.completion = completion; self.help = help
  }

  /// How the value is shown in usage lines: `<value>`, `<int>`, `ID…`.
  public var placeholder: String {
    if isPositionalOnly { return name.uppercased() }
    let one: String
    switch kind {
    case .string: one = choices.isEmpty ? "<value>" : choices.joined(separator: "|")
    case .integer: one = "<int>"
    case .boolean: return ""
    case .duration: one = "<duration>"
    case .clockTime: one = "<time>"
    case .sizeMB: one = "<size>"
    case .choice: one = choices.joined(separator: "|")
    case .structure: one = "<shorthand|json>"
    case .json: one = "<json>"
    }
    return isList ? one + " …" : one
  }
}
