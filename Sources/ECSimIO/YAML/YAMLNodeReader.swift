import ECSSim
import Yams

/// Reads YAML text into the engine's located `Node` tree.
///
/// The engine never sees YAML types: scalars stay as written (so `1.10` is not the number 1.1,
/// and `"80"` can be told from `80`), and every node keeps the line and column it came from, so
/// decoding errors point into the file.
///
/// - Plain `~`, `null`, `Null`, `NULL` and an empty plain value are `.null`; quoted ones are text.
/// - A scalar tagged `!!str` counts as quoted; one tagged `!!null` is `.null`.
/// - A block scalar (`key: |` or `key: >`) is located at its first content line and column (the
///   mark libyaml gives is the `|`), so text inside it — an ecs.config — maps line for line.
/// - Anchors and aliases are resolved; `<<: *base` merge keys are applied (keys written in the
///   mapping win), the one YAML feature people use to share settings.
public enum YAMLNodeReader {
  public static func read(_ text: String) throws(LocatedError) -> ECSSim.Node {
    let root: Yams.Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw locatedError(error, text: text)
    } catch {
      throw LocatedError("cannot read YAML: \(error)", at: nil)
    }
    guard let root else { return ECSSim.Node(.null, at: SourceLocation(line: 1, column: 1)) }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return try Converter(lines: lines).convert(root)
  }

  private struct Converter {
    let lines: [Substring]

    func convert(_ node: Yams.Node) throws(LocatedError) -> ECSSim.Node {
      switch node {
      case .scalar(let s):
        let at = location(s.mark)
        let tag = s.tag.description
        switch s.style {
        case .singleQuoted, .doubleQuoted:
          return ECSSim.Node(.scalar(s.string, quoted: true), at: at)
        case .literal, .folded:
          return ECSSim.Node(.scalar(s.string, quoted: true), at: blockContentLocation(s) ?? at)
        case .plain, .any:
          if tag == "tag:yaml.org,2002:str" { return ECSSim.Node(.scalar(s.string, quoted: true), at: at) }
          if tag == "tag:yaml.org,2002:null" || YAMLNodeReader.nullWords.contains(s.string) {
            return ECSSim.Node(.null, at: at)
          }
          return ECSSim.Node(.scalar(s.string, quoted: false), at: at)
        }
      case .sequence(let seq):
        var items: [ECSSim.Node] = []
        for item in seq { items.append(try convert(item)) }
        return ECSSim.Node(.sequence(items), at: location(seq.mark))
      case .mapping(let map):
        return ECSSim.Node(.mapping(try pairs(of: map)), at: location(map.mark))
      case .alias(let alias):
        // Yams resolves aliases while composing; an unresolved one reaching here is a bug in the
        // document that Yams let through.
        throw LocatedError("unresolved alias '*\(alias.anchor.rawValue)'", at: location(alias.mark))
      }
    }

    /// The pairs as written, with `<<` merge keys replaced by the merged mappings' pairs that
    /// the mapping does not set itself.
    private func pairs(of map: Yams.Node.Mapping) throws(LocatedError) -> [(key: ECSSim.Node, value: ECSSim.Node)] {
      var out: [(key: ECSSim.Node, value: ECSSim.Node)] = []
      var own: Set<String> = []
      for (key, _) in map where !isMergeKey(key) {
        if let s = key.scalar?.string { own.insert(s) }
      }
      for (key, value) in map {
        guard isMergeKey(key) else {
          out.append((try convert(key), try convert(value)))
          continue
        }
        let sources: [Yams.Node]
        switch value {
        case .mapping: sources = [value]
        case .sequence(let seq): sources = Array(seq)
        default: sources = []
        }
        for source in sources {
          guard case .mapping(let merged) = source else {
            throw LocatedError("'<<' (merge key) needs a mapping or a list of mappings, such as <<: *defaults", at: location(value.mark))
          }
          for (mk, mv) in try pairs(of: merged) {
            guard let name = mk.scalar, !own.contains(name) else { continue }
            own.insert(name)  // earlier merged mappings win over later ones
            out.append((mk, mv))
          }
        }
        if sources.isEmpty {
          throw LocatedError("'<<' (merge key) needs a mapping or a list of mappings, such as <<: *defaults", at: location(value.mark))
        }
      }
      return out
    }

    private func isMergeKey(_ key: Yams.Node) -> Bool {
      guard case .scalar(let s) = key else { return false }
      return s.string == "<<" && (s.style == .plain || s.style == .any)
    }

    private func location(_ mark: Mark?) -> SourceLocation? {
      mark.map { SourceLocation(line: $0.line, column: $0.column) }
    }

    /// First non-blank line after the `|`/`>` header, at its indentation.
    private func blockContentLocation(_ s: Yams.Node.Scalar) -> SourceLocation? {
      guard let mark = s.mark, s.string.contains(where: { !$0.isWhitespace }) else { return nil }
      var index = mark.line  // 0-based index of the line after the header
      while index < lines.count {
        let line = lines[index]
        if let first = line.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) {
          return SourceLocation(line: index + 1, column: line.distance(from: line.startIndex, to: first) + 1)
        }
        index += 1
      }
      return nil
    }
  }

  static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

  /// Yams' errors as located errors. libyaml's messages are kept ("mapping values are not
  /// allowed in this context") with its context ("while parsing a block mapping") when given.
  static func locatedError(_ error: YamlError, text: String) -> LocatedError {
    func loc(_ m: Mark) -> SourceLocation { SourceLocation(line: m.line, column: m.column) }
    func message(_ context: YamlError.Context?, _ problem: String) -> String {
      var msg = "invalid YAML: \(problem)"
      if let context {
        msg += " (\(context.text) at \(context.mark.line):\(context.mark.column))"
      }
      return msg
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return LocatedError(message(context, problem), at: loc(mark))
    case .reader(let problem, let offset, _, _):
      return LocatedError("invalid YAML: \(problem)", at: offset.map { locationOfByte($0, in: text) })
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return LocatedError("key \(keys) appears twice in one mapping", at: loc(context.mark))
    default:
      return LocatedError("invalid YAML: \(error)", at: nil)
    }
  }

  /// Line and column (in Unicode scalars, as libyaml counts) of a UTF-8 byte offset.
  static func locationOfByte(_ offset: Int, in text: String) -> SourceLocation {
    var line = 1, column = 1
    for (i, byte) in text.utf8.enumerated() {
      if i >= offset { break }
      if byte == UInt8(ascii: "\n") {
        line += 1; column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }
}
