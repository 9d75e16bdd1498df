/// Go's `time.ParseDuration`, in whole milliseconds (sub-millisecond parts are cut): a signed
/// sequence of decimal numbers, each with a unit `ns`, `us`/`µs`, `ms`, `s`, `m` or `h`; a lone
/// `0` needs no unit. Nil for anything else, including a bare number like `30`.
func goDurationMilliseconds(_ text: String) -> Int64? {
  var chars = Array(text.unicodeScalars)
  var negative = false
  if let first = chars.first, first == "-" || first == "+" {
    negative = first == "-"
    chars.removeFirst()
  }
  if chars == ["0"] { return 0 }
  if chars.isEmpty { return nil }
  var totalNanos: Int64 = 0
  var i = 0
  while i < chars.count {
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionScale: Int64 = 1
    var sawDigit = false
    while i < chars.count, ("0"..."9").contains(chars[i]) {
      let (m, o1) = whole.multipliedReportingOverflow(by: 10)
      let (a, o2) = m.addingReportingOverflow(Int64(chars[i].value - 48))
      if o1 || o2 { return nil }
      whole = a
      sawDigit = true
      i += 1
    }
    if i < chars.count, chars[i] == "." {
      i += 1
      while i < chars.count, ("0"..."9").contains(chars[i]) {
        if fractionScale < 1_000_000_000_000_000 {
          fraction = fraction * 10 + Int64(chars[i].value - 48)
          fractionScale *= 10
        }
        sawDigit = true
        i += 1
      }
    }
    guard sawDigit else { return nil }
    var unit = ""
    while i < chars.count, !("0"..."9").contains(chars[i]), chars[i] != "." {
      unit.unicodeScalars.append(chars[i])
      i += 1
    }
    let nanosPerUnit: Int64
    switch unit {
    case "ns": nanosPerUnit = 1
    case "us", "\u{B5}s", "\u{3BC}s": nanosPerUnit = 1_000
    case "ms": nanosPerUnit = 1_000_000
    case "s": nanosPerUnit = 1_000_000_000
    case "m": nanosPerUnit = 60_000_000_000
    case "h": nanosPerUnit = 3_600_000_000_000
    default: return nil
    }
    let (w, o1) = whole.multipliedReportingOverflow(by: nanosPerUnit)
    // fraction < fractionScale, so fraction × unit / scale < unit: compute it in 128 bits.
    let fractionNanos = fractionScale.dividingFullWidth(fraction.multipliedFullWidth(by: nanosPerUnit)).quotient
    let (sum, o2) = totalNanos.addingReportingOverflow(w)
    let (sum2, o3) = sum.addingReportingOverflow(fractionNanos)
    if o1 || o2 || o3 { return nil }
    totalNanos = sum2
  }
  let ms = totalNanos / 1_000_000
  return negative ? -ms : ms
}
