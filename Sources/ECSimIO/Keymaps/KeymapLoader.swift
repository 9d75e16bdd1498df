import Dashboard
import ECSSim
import Foundation
import TerminalUI

/// Reads a keymap file: the standard bindings, changed by the file.
///
/// ```yaml
/// # ~/.config/ecsim/keymap.yaml
/// bind:
///   ctrl-d: page-down      # key: action (see `ecsim keys`)
///   S: scale-service
///   s: none                # unbinds s
/// unbindActions: [inject-fault]   # every key of these actions
/// ```
/// A keymap must be able to rebind and unbind any key, and help must show
/// what is in effect; the dashboard draws help and hints from the resulting `Keymap`.
public enum KeymapLoader {
  /// `$XDG_CONFIG_HOME/ecsim/keymap.yaml` (XDG_CONFIG_HOME defaults to `~/.config`).
  public static func defaultPath(environment: [String: String]) -> String {
    ThemeLoader.configDirectory(environment: environment) + "/keymap.yaml"
  }

  /// The user's keymap file if there is one, else the standard keymap.
  public static func loadDefault(environment: [String: String]) throws(LocatedError) -> Keymap {
    let path = defaultPath(environment: environment)
    guard FileManager.default.fileExists(atPath: path) else { return .standard }
    return try load(path: path)
  }

  public static func load(path: String) throws(LocatedError) -> Keymap {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw LocatedError("cannot read keymap file", at: nil, source: path)
    }
    do { return try parse(text) } catch {
      var e = error
      e.source = path
      throw e
    }
  }

  public static func parse(_ text: String) throws(LocatedError) -> Keymap {
    var keymap = Keymap.standard
    let root = try YAMLNodeReader.read(text)
    if root.isNull { return keymap }
    let map = try NodeMap(root, path: "keymap", allowed: ["bind", "unbindActions"])
    let actionNames = KeyAction.allCases.map(\.rawValue)
    func action(_ name: String, _ node: Node, path: String) throws(LocatedError) -> KeyAction {
      if let a = KeyAction(rawValue: name) { return a }
      var message = "\(path): unknown action '\(name)'"
      if let guess = closestMatch(name, in: actionNames) { message += "; did you mean '\(guess)'?" }
      else { message += "; expected one of: \(actionNames.joined(separator: ", ")) or none" }
      throw LocatedError(message, at: node.location)
    }
    if let names = try map.list("unbindActions") {
      for node in names {
        let name = try node.asString(path: "unbindActions")
        keymap.unbind(action: try action(name, node, path: "unbindActions"))
      }
    }
    if let bind = map.child("bind") {
      guard case .mapping(let pairs) = bind.kind else {
        throw LocatedError("bind: expected a mapping of key: action, found \(bind.kindName)", at: bind.location)
      }
      for (keyNode, valueNode) in pairs {
        guard let keyName = keyNode.scalar, let key = Key(name: keyName) else {
          throw LocatedError(
            "bind: '\(keyNode.scalar ?? keyNode.kindName)' is not a key; write a character (q, G, ?), space, enter, esc, tab, shift-tab, backspace, delete, home, end, pgup, pgdn, up, down, left, right, f1…f24 or ctrl-x",
            at: keyNode.location)
        }
        let name = try valueNode.asString(path: "bind.\(keyName)")
        if name == "none" {
          keymap.unbind(key)
        } else {
          keymap.bind(key, to: try action(name, valueNode, path: "bind.\(keyName)"))
        }
      }
    }
    return keymap
  }
}
