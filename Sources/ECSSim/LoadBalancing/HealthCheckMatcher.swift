/// A target group's success codes (`Matcher.HttpCode`): `200`, `200-299`, `200,202,302`, or a
/// list mixing codes and ranges.
///
/// Parsed once so each probe is a range lookup, and so a bad matcher fails at CreateTargetGroup
/// with ALB's `ValidationError` rather than silently marking every target unhealthy. ALB accepts
/// codes 200–499 for HTTP/HTTPS health checks (docs/ecs/load-balancing.md §2 table; ALB user guide
/// [C]).
///
/// Messages: "cannot be empty" is ALB's own [C: quoted in public issues]; the others are [U]
/// (no real response found) and follow ALB's "Health check matcher HTTP code …" wording.
/// Decision [U]: spaces are not accepted (`200, 202` is an error), so a matcher that works here
/// is written the way the ALB documentation writes it.
public struct HealthCheckMatcher: Sendable, Equatable {
  /// The lowest and highest codes ALB lets a matcher name.
  public static let allowedCodes: ClosedRange<Int> = 200...499

  /// The text as given, for output (DescribeTargetGroups shows it unchanged).
  public let text: String
  /// The accepted codes, in the order written.
  public let ranges: [ClosedRange<Int>]

  /// Parses a matcher; throws `ValidationError` with ALB-like text when it is empty, malformed,
  /// reversed or outside 200–499.
  public init(_ text: String) throws(ECSError) {
    guard !text.isEmpty else { throw Self.error("Health check matcher HTTP code cannot be empty") }
    var ranges: [ClosedRange<Int>] = []
    for item in text.split(separator: ",", omittingEmptySubsequences: false) {
      ranges.append(try Self.parseItem(String(item)))
    }
    self.text = text
    self.ranges = ranges
  }

  /// Whether a probe that got this HTTP code passed.
  public func matches(_ code: Int) -> Bool {
    ranges.contains { $0.contains(code) }
  }

  private static func parseItem(_ item: String) throws(ECSError) -> ClosedRange<Int> {
    let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
    guard bounds.count == 1 || bounds.count == 2 else { throw malformed(item) }
    var codes: [Int] = []
    for bound in bounds {
      guard !bound.isEmpty, bound.allSatisfy({ $0.isASCII && $0.isNumber }), let code = Int(bound) else {
        throw malformed(item)
      }
      codes.append(code)
    }
    for code in codes where !allowedCodes.contains(code) {
      throw error(
        "Health check matcher HTTP code '\(code)' must be within '\(allowedCodes.lowerBound)-\(allowedCodes.upperBound)' range")
    }
    guard codes.count == 2 else { return codes[0]...codes[0] }
    guard codes[0] <= codes[1] else {
      throw error("Health check matcher HTTP code range '\(item)' must start with the lower code")
    }
    return codes[0]...codes[1]
  }

  private static func malformed(_ item: String) -> ECSError {
    error(
      "Health check matcher HTTP code '\(item)' is not valid; specify a code (200), a list (200,202) or a range (200-299)")
  }

  static func error(_ message: String) -> ECSError { ECSError("ValidationError", message) }
}
