import ECSSim
import Foundation

/// Finds a scenario by built-in name or file path and decodes it.
///
/// Every failure is a `LocatedError` whose `source` is the file path (or `<built-in NAME>`), so
/// the CLI prints `path:line:col: error: message`, which editors and terminals can jump to.
public enum ScenarioLoader {
  /// A built-in name (`default`, `empty`) or a path to a YAML file.
  ///
  /// A built-in name wins over a file of the same name in the current directory; write
  /// `./default` to load such a file.
  public static func load(nameOrPath: String) throws(LocatedError) -> ScenarioSpec {
    if let builtin = BuiltinScenarios.named(nameOrPath) {
      return try load(yaml: builtin.yaml, source: "<built-in \(builtin.name)>")
    }
    let text = try readFile(nameOrPath)
    return try load(yaml: text, source: nameOrPath)
  }

  /// Decodes scenario text; `source` names it in errors.
  public static func load(yaml: String, source: String) throws(LocatedError) -> ScenarioSpec {
    do {
      return try ScenarioSpec.decode(YAMLNodeReader.read(yaml))
    } catch {
      var located = error
      located.source = source
      throw located
    }
  }

  /// The file's text, or an error that says why not (missing, a directory, unreadable, or not
  /// UTF-8 — with the line and column of the first bad byte).
  public static func readFile(_ path: String) throws(LocatedError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      var msg = "no such file"
      let names = BuiltinScenarios.all.map(\.name)
      if !path.contains("/") {
        msg += " or built-in scenario"
        if let g = closestMatch(path, in: names) { msg += "; did you mean '\(g)'?" }
      }
      msg += "; `ecsim scenarios` lists the built-in ones"
      throw LocatedError(msg, at: nil, source: path)
    }
    if isDirectory.boolValue {
      throw LocatedError("is a directory, not a scenario file", at: nil, source: path)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LocatedError("cannot read the file (permission denied?)", at: nil, source: path)
    }
    return try decodeUTF8(Array(data), source: path)
  }

  /// UTF-8 text, or the location and value of the first byte that is not UTF-8.
  static func decodeUTF8(_ bytes: [UInt8], source: String) throws(LocatedError) -> String {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0, line = 1, column = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
          line += 1; column = 1
        } else {
          column += 1
        }
        offset += encoded.count
      case .error:
        let byte = bytes[offset]
        let hex = String(byte, radix: 16, uppercase: true)
        throw LocatedError(
          "the file is not UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset)); save it as UTF-8",
          at: SourceLocation(line: line, column: column), source: source)
      case .emptyInput:
        return String(decoding: bytes, as: UTF8.self)
      }
    }
  }
}
