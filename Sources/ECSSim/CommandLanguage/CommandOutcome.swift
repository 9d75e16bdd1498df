/// The result of one line of the command language.
public enum CommandOutcome {
  /// Applied; read-only verbs and run-task answer with API-shaped JSON.
  case applied(JSONValue?)
  /// Not applied (syntax error or an ECS exception); the world is unchanged. One line.
  case failed(String)
  /// Blank line or comment.
  case nothing

  public var errorMessage: String? {
    if case .failed(let m) = self { return m }
    return nil
  }
}
