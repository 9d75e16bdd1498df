/// How the cluster query language reads the values it compares: numbers, agent versions and
/// registration dates.
///
/// Arguments are read once, when the expression is parsed; the instance's side is read at every
/// evaluation, straight from the string's UTF-8 bytes, so placement (which evaluates an
/// expression once per candidate instance) allocates nothing here.
enum ClusterQueryValues {
  // MARK: Numbers

  /// A plain decimal number (`12`, `-3`, `0.5`): the only shapes compared numerically.
  /// Exponents, `inf` and `nan` stay text, so `attribute:x > nan` is an ordinary string compare.
  static func number(_ text: String) -> Double? {
    var sawDigit = false, sawPoint = false, first = true, lastWasPoint = false
    for b in text.utf8 {
      defer { first = false }
      switch b {
      case UInt8(ascii: "-") where first, UInt8(ascii: "+") where first:
        continue
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        sawDigit = true; lastWasPoint = false
      case UInt8(ascii: ".") where !sawPoint && sawDigit:
        sawPoint = true; lastWasPoint = true
      default:
        return nil
      }
    }
    guard sawDigit, !lastWasPoint else { return nil }
    return Double(text)
  }

  /// A whole number, as `runningTasksCount` needs.
  static func integer(_ text: String) -> Int? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(text)
  }

  // MARK: Versions

  /// `1.14.5` → `[1, 14, 5]`. Only digits and dots, no empty component.
  static func version(_ text: String) -> [Int]? {
    var parts: [Int] = []
    var current = 0, digits = 0
    for b in text.utf8 {
      if b >= 0x30 && b <= 0x39 {
        let (m, o1) = current.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int(b - 0x30))
        if o1 || o2 { return nil }
        current = a; digits += 1
      } else if b == UInt8(ascii: ".") {
        if digits == 0 { return nil }
        parts.append(current); current = 0; digits = 0
      } else {
        return nil
      }
    }
    if digits == 0 { return nil }
    parts.append(current)
    return parts
  }

  /// Compares an instance's agent version with a parsed argument, component by component; a
  /// missing component counts as 0 (`1.14` equals `1.14.0`). The instance's version is read up to
  /// its first character that is neither a digit nor a dot, so `1.87.0-beta` compares as `1.87.0`.
  static func compareVersion(_ instance: String, _ argument: [Int]) -> Int {
    var index = 0
    var current = 0, digits = 0
    var result = 0
    func settle(_ component: Int) -> Int {
      let other = index < argument.count ? argument[index] : 0
      index += 1
      return component < other ? -1 : (component > other ? 1 : 0)
    }
    for b in instance.utf8 {
      if b >= 0x30 && b <= 0x39 {
        current = current &* 10 &+ Int(b - 0x30); digits += 1
      } else if b == UInt8(ascii: ".") {
        result = settle(current); current = 0; digits = 0
        if result != 0 { return result }
      } else {
        break
      }
    }
    if digits > 0 || index == 0 {
      result = settle(current)
      if result != 0 { return result }
    }
    while index < argument.count {
      if argument[index] != 0 { return -1 }
      index += 1
    }
    return 0
  }

  // MARK: Dates

  /// Seconds since 1970-01-01T00:00:00Z for the formats the ECS documentation lists for
  /// `registeredAt`: `2018-06-18T22:28:28+00:00`, `2018-06-18T22:28:28Z`, `2018-06-18T22:28:28`
  /// and `2018-06-18`. A time without a zone is UTC; a date alone is midnight UTC. Fractional
  /// seconds (`22:28:28.123Z`) are accepted and dropped.
  static func instant(_ text: String) -> Int64? {
    var reader = DigitReader(bytes: text.utf8)
    guard let year = reader.digits(4), reader.expect(UInt8(ascii: "-")),
      let month = reader.digits(2), reader.expect(UInt8(ascii: "-")),
      let day = reader.digits(2)
    else { return nil }
    guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
    var seconds = Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400
    if reader.atEnd { return seconds }
    guard reader.expect(UInt8(ascii: "T")) || reader.expect(UInt8(ascii: "t")) || reader.expect(UInt8(ascii: " ")),
      let hour = reader.digits(2), reader.expect(UInt8(ascii: ":")),
      let minute = reader.digits(2), reader.expect(UInt8(ascii: ":")),
      let second = reader.digits(2),
      hour < 24, minute < 60, second < 61
    else { return nil }
    seconds += Int64(hour * 3_600 + minute * 60 + second)
    if reader.expect(UInt8(ascii: ".")) {
      guard reader.skipDigits() > 0 else { return nil }
    }
    if reader.atEnd { return seconds }
    if reader.expect(UInt8(ascii: "Z")) || reader.expect(UInt8(ascii: "z")) {
      return reader.atEnd ? seconds : nil
    }
    let sign: Int64
    if reader.expect(UInt8(ascii: "+")) {
      sign = 1
    } else if reader.expect(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return nil
    }
    guard let zh = reader.digits(2) else { return nil }
    _ = reader.expect(UInt8(ascii: ":"))
    guard let zm = reader.digits(2), reader.atEnd, zh < 24, zm < 60 else { return nil }
    // Local time = UTC + offset, so UTC = local - offset.
    return seconds - sign * Int64(zh * 3_600 + zm * 60)
  }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

/// Reads fixed-width digit fields from UTF-8 without copying the string.
private struct DigitReader {
  var bytes: String.UTF8View
  var index: String.UTF8View.Index

  init(bytes: String.UTF8View) { self.bytes = bytes; self.index = bytes.startIndex }

  var atEnd: Bool { index == bytes.endIndex }

  mutating func expect(_ b: UInt8) -> Bool {
    guard index != bytes.endIndex, bytes[index] == b else { return false }
    bytes.formIndex(after: &index)
    return true
  }

  mutating func digits(_ count: Int) -> Int? {
    var value = 0
    for _ in 0..<count {
      guard index != bytes.endIndex else { return nil }
      let b = bytes[index]
      guard b >= 0x30 && b <= 0x39 else { return nil }
      value = value * 10 + Int(b - 0x30)
      bytes.formIndex(after: &index)
    }
    return value
  }

  mutating func skipDigits() -> Int {
    var n = 0
    while index != bytes.endIndex, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
      bytes.formIndex(after: &index); n += 1
    }
    return n
  }
}
