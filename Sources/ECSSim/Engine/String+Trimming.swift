extension String {
  /// Without leading and trailing blanks (spaces, tabs, line ends): Foundation-free, for the
  /// engine and the dashboard alike.
  public var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
    return String(s)
  }
}
