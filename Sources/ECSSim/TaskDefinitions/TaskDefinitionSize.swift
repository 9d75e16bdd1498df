/// Converts the task-level `cpu` and `memory` strings of RegisterTaskDefinition to integers,
/// the way ECS does at registration: `"1024"`, `"1 vCPU"`, `"0.25 vcpu"` → CPU units;
/// `"512"`, `"1GB"`, `"0.5 GB"` → MiB.
///
/// Units are case-insensitive and the space before them is optional. A fraction is accepted when
/// it converts to a whole number (`"0.25 vcpu"` = 256 units, `"0.5 GB"` = 512 MiB); one that does
/// not (`"0.3 vcpu"`) is invalid, as is zero, a negative value or any other unit (`"512 MiB"`),
/// because the API documents only CPU units / vCPU and MiB / GB. [U: ECS's handling of fractions
/// is not documented; this follows its examples, which include ".25 vCPU".]
public enum TaskDefinitionSize {
  /// CPU units (1024 per vCPU), or nil when the text is not a valid task cpu value.
  public static func cpuUnits(_ text: String) -> Int? {
    convert(text, unit: "vcpu", scale: 1024)
  }

  /// MiB (1024 per GB), or nil when the text is not a valid task memory value.
  public static func memoryMiB(_ text: String) -> Int? {
    convert(text, unit: "gb", scale: 1024)
  }

  static func convert(_ text: String, unit: String, scale: Int) -> Int? {
    var s = trimmed(Substring(text.lowercased()))
    var factor = 1
    if s.hasSuffix(unit) {
      s = trimmed(s.dropLast(unit.count))
      factor = scale
    }
    guard let value = scaledDecimal(s, by: factor), value > 0 else { return nil }
    return value
  }

  /// `digits[.digits]` multiplied by `factor`, if the product is a whole number that fits.
  static func scaledDecimal(_ s: Substring, by factor: Int) -> Int? {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, !s.isEmpty, s != "." else { return nil }
    let whole = parts[0]
    let fraction = parts.count == 2 ? parts[1] : ""
    guard whole.allSatisfy(isDigit), fraction.allSatisfy(isDigit) else { return nil }
    guard whole.count <= 9, fraction.count <= 6 else { return nil }
    let wholeValue = whole.isEmpty ? 0 : Int(whole)!
    var denominator = 1
    for _ in 0..<fraction.count { denominator *= 10 }
    let numerator = (fraction.isEmpty ? 0 : Int(fraction)!) * factor
    guard numerator % denominator == 0 else { return nil }
    return wholeValue * factor + numerator / denominator
  }

  private static func isDigit(_ c: Character) -> Bool { c.isASCII && ("0"..."9").contains(c) }

  private static func trimmed(_ text: Substring) -> Substring {
    var s = text
    while s.first == " " || s.first == "\t" { s = s.dropFirst() }
    while s.last == " " || s.last == "\t" { s = s.dropLast() }
    return s
  }
}
