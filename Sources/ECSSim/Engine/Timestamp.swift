/// Calendar arithmetic for timestamps in output, without Foundation (proleptic Gregorian, UTC).
public enum Timestamp {
  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (seconds and `Z` optional) into epoch milliseconds.
  public static func parse(_ text: String) -> Int64? {
    let u = Array(text.utf8)
    func num(_ a: Int, _ n: Int) -> Int64? {
      guard a + n <= u.count else { return nil }
      var v: Int64 = 0
      for i in a..<(a + n) {
        guard u[i] >= 48, u[i] <= 57 else { return nil }
        v = v * 10 + Int64(u[i] - 48)
      }
      return v
    }
    guard u.count >= 16, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45, let d = num(8, 2),
      u[10] == 84 || u[10] == 32, let h = num(11, 2), u[13] == 58, let mi = num(14, 2),
      (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60
    else { return nil }
    var s: Int64 = 0
    if u.count >= 19, u[16] == 58 { guard let v = num(17, 2), v < 60 else { return nil }; s = v }
    return (daysFromCivil(y, mo, d) * 86_400 + h * 3_600 + mi * 60 + s) * 1_000
  }

  public static func iso(epochMilliseconds ms: Int64, fractional: Bool) -> String {
    let secs = ms >= 0 ? ms / 1_000 : (ms - 999) / 1_000
    let milli = ms - secs * 1_000
    let days = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
    let rem = secs - days * 86_400
    let (y, m, d) = civilFromDays(days)
    var out = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(rem / 3_600, 2)):\(pad(rem / 60 % 60, 2)):\(pad(rem % 60, 2))"
    if fractional { out += ".\(pad(milli, 3))000+00:00" } else { out += "Z" }
    return out
  }

  static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ z0: Int64) -> (Int64, Int64, Int64) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
