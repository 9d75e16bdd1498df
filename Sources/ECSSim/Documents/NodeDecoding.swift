extension Node {
  public func asString(path: String) throws(LocatedError) -> String {
    guard let s = scalar else {
      throw LocatedError("\(path): expected a string, found \(kindName)", at: location)
    }
    return s
  }

  public func asInt(path: String) throws(LocatedError) -> Int {
    guard let s = scalar, let v = Int(s) else {
      throw LocatedError("\(path): expected an integer, found \(describeForError)", at: location)
    }
    return v
  }

  public func asBool(path: String) throws(LocatedError) -> Bool {
    switch scalar?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw LocatedError("\(path): expected true or false, found \(describeForError)", at: location)
    }
  }

  public func asDuration(path: String) throws(LocatedError) -> SimTime {
    guard let s = scalar, let d = SimTime.parseDuration(s) else {
      throw LocatedError("\(path): expected a duration such as 30s, 5m or 1h, found \(describeForError)", at: location)
    }
    return d
  }

  public func asList(path: String) throws(LocatedError) -> [Node] {
    guard case .sequence(let items) = kind else {
      throw LocatedError("\(path): expected a list, found \(kindName)", at: location)
    }
    return items
  }

  var describeForError: String {
    if let s = scalar { return "'\(s)'" }
    return kindName
  }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
public func closestMatch(_ word: String, in candidates: [String]) -> String? {
  let w = Array(word.lowercased())
  var best: (String, Int)?
  for c in candidates {
    let d = editDistance(w, Array(c.lowercased()))
    if d <= max(2, w.count / 3), best == nil || d < best!.1 { best = (c, d) }
  }
  return best?.0
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  var cur = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    cur[0] = i
    for j in 1...b.count {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&prev, &cur)
  }
  return prev[b.count]
}
