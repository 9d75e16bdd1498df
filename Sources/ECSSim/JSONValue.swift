/// STUB — replaced by the JSON value, serializer and parser.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// Keys in the order written: ECS output reads in the API's field order.
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

  /// Compact one-line JSON (for event lines), or indented with two spaces.
  public func serialized(pretty: Bool = false) -> String { "" }
}

public enum JSONParser {
  /// Parses JSON text into a located `Node` (line and column of every value).
  public static func parse(_ text: String) throws(LocatedError) -> Node { Node(.null) }
}
