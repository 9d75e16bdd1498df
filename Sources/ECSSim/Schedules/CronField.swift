/// One of the six fields: its name in messages, its range, and its names (JAN…, SUN…).
struct CronField {
  let name: String
  let range: ClosedRange<Int>
  let names: [String]
  /// Whether `hi-lo` wraps around (hours `20-2`); years do not.
  let wraps: Bool

  static let minutes = CronField(name: "minutes", range: 0...59, names: [], wraps: true)
  static let hours = CronField(name: "hours", range: 0...23, names: [], wraps: true)
  static let dayOfMonth = CronField(name: "day-of-month", range: 1...31, names: [], wraps: true)
  static let month = CronField(
    name: "month", range: 1...12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], wraps: true)
  static let dayOfWeek = CronField(
    name: "day-of-week", range: 1...7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], wraps: true)
  static let year = CronField(name: "year", range: 1970...2199, names: [], wraps: false)

  /// `0-59`, or `1-12 or JAN-DEC` where names exist.
  var allowed: String {
    let numbers = "\(range.lowerBound)-\(range.upperBound)"
    return names.isEmpty ? numbers : "\(numbers) or \(names[0])-\(names[names.count - 1])"
  }
}
