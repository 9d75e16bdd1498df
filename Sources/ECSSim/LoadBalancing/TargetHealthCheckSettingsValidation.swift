/// CreateTargetGroup/ModifyTargetGroup's checks on an Application Load Balancer target group's
/// health-check settings, so a scenario with impossible settings fails the way AWS would instead
/// of producing a timeline AWS could never show.
///
/// Ranges (docs/ecs/load-balancing.md §2 table, ALB user guide [C]): interval 5–300 s, timeout
/// 2–120 s and less than the interval, healthy and unhealthy thresholds 2–10, matcher codes
/// 200–499.
///
/// Messages, all with ELB's error code `ValidationError`:
/// - Out-of-range numbers use the AWS request-validation shape, collected together as AWS does:
///   `1 validation error detected: Value '600' at 'healthCheckIntervalSeconds' failed to satisfy
///   constraint: Member must have value less than or equal to 300` [C: quoted in public issues].
/// - `Health check interval must be greater than the timeout.` [C: quoted in public issues].
/// - Matcher messages: see `HealthCheckMatcher` ("cannot be empty" [C], others [U]).
/// - Protocol, port and path messages are [U]: no real response found; they name the setting and
///   what ALB accepts.
/// Order [U]: the numeric ranges and path length first (AWS checks the request shape before its
/// own rules), then protocol, port, path, interval versus timeout, matcher; the first rule that
/// fails is reported.
extension HealthCheckSettings {
  /// Throws `ValidationError` with ALB's text when these settings would be refused.
  public func validate() throws(ECSError) {
    var violations: [String] = []
    func range(_ value: Int, _ field: String, _ allowed: ClosedRange<Int>) {
      if value < allowed.lowerBound {
        violations.append(
          "Value '\(value)' at '\(field)' failed to satisfy constraint: Member must have value greater than or equal to \(allowed.lowerBound)")
      } else if value > allowed.upperBound {
        violations.append(
          "Value '\(value)' at '\(field)' failed to satisfy constraint: Member must have value less than or equal to \(allowed.upperBound)")
      }
    }
    range(intervalSeconds, "healthCheckIntervalSeconds", 5...300)
    range(timeoutSeconds, "healthCheckTimeoutSeconds", 2...120)
    range(healthyThresholdCount, "healthyThresholdCount", 2...10)
    range(unhealthyThresholdCount, "unhealthyThresholdCount", 2...10)
    if path.count > 1024 {
      violations.append(
        "Value '\(path)' at 'healthCheckPath' failed to satisfy constraint: Member must have length less than or equal to 1024")
    }
    if !violations.isEmpty {
      let noun = violations.count == 1 ? "error" : "errors"
      throw HealthCheckMatcher.error(
        "\(violations.count) validation \(noun) detected: " + violations.joined(separator: "; "))
    }
    guard `protocol` == "HTTP" || `protocol` == "HTTPS" else {
      throw HealthCheckMatcher.error(
        "Health check protocol '\(`protocol`)' is not supported for an Application Load Balancer target group; use HTTP or HTTPS")
    }
    if port != "traffic-port" {
      guard !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port),
        (1...65535).contains(number)
      else {
        throw HealthCheckMatcher.error(
          "Health check port '\(port)' must be 'traffic-port' or a port number between 1 and 65535")
      }
    }
    guard path.hasPrefix("/") else {
      throw HealthCheckMatcher.error("Health check path '\(path)' must begin with '/'")
    }
    guard intervalSeconds > timeoutSeconds else {
      throw HealthCheckMatcher.error("Health check interval must be greater than the timeout.")
    }
    _ = try HealthCheckMatcher(matcher)
  }
}
