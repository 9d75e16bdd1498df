import TerminalUI

/// A small dialog for one frequent action: a few fields, then a confirmation showing the exact
/// command lines that will run, with Cancel focused (docs/ux-conventions.md §1.2).
///
/// Stage one edits fields; "Next" asks the app to turn them into command-language lines (it
/// needs the engine for that: a new revision's JSON, names). Stage two shows those lines, so
/// the dialog also teaches the command language the `:` prompt takes.
public struct FormState: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case launchTask(cluster: String)
    case scaleService(cluster: String, service: String)
    case rollingUpgrade(cluster: String, service: String)
    case stopTask(cluster: String, task: String)
    case drainInstance(cluster: String, instance: String)
    case activateInstance(cluster: String, instance: String)
    case pushImage
    case injectFault(cluster: String)
  }

  public struct Field: Equatable, Sendable {
    public var label: String
    public var input: TextInput
    /// When not empty the value is one of these, cycled with ←/→ or Space.
    public var choices: [String]
    /// A grey hint after the field (`e.g. 1.5.0 or web:3`).
    public var hint: String

    public init(_ label: String, value: String = "", choices: [String] = [], hint: String = "") {
      self.label = label
      input = TextInput(text: value)
      self.choices = choices
      self.hint = hint
    }

    public var value: String { input.text }
  }

  public var purpose: Purpose
  public var title: String
  public var fields: [Field]
  /// Lines of text above the fields (what the dialog acts on).
  public var intro: [String]
  /// 0..<fields.count: a field; then the buttons.
  public var focus: Int = 0
  /// Set in stage two: the command lines Run will execute.
  public var commands: [String]?
  /// Why "Next" failed (a field is wrong); stays in stage one.
  public var error: String?
  /// The label of the confirming button (`Scale`, `Stop task`, …).
  public var actionLabel: String

  public init(purpose: Purpose, title: String, intro: [String] = [], fields: [Field], actionLabel: String) {
    self.purpose = purpose
    self.title = title
    self.intro = intro
    self.fields = fields
    self.actionLabel = actionLabel
  }

  public var isConfirming: Bool { commands != nil }

  /// Buttons of the current stage; Cancel always first.
  public var buttons: [String] { isConfirming ? ["Cancel", actionLabel] : ["Cancel", "Next"] }

  /// The focused button's index in `buttons`, if a button has focus.
  public var focusedButton: Int? {
    let b = focus - (isConfirming ? 0 : fields.count)
    return b >= 0 && b < buttons.count ? b : nil
  }

  public func value(_ label: String) -> String {
    fields.first { $0.label == label }?.value.trimmingSpaces ?? ""
  }

  /// Enters stage two with Cancel focused.
  public mutating func confirm(_ lines: [String]) {
    commands = lines
    error = nil
    focus = 0
  }
}
