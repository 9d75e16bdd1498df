/// How many colours a terminal can show.
///
/// docs/architecture.md §4: the dashboard degrades from 24-bit to 256, 16 and no colours
/// (`NO_COLOR`) without losing meaning. The lowering is pure arithmetic, so it lives here where it
/// can be tested, and the ncurses backend only asks the terminal which depth it has.
public enum ColorDepth: Int, Hashable, Sendable, CaseIterable {
  /// No colours at all: attributes (bold, reverse, …) still show.
  case monochrome
  /// The 16 ANSI colours, whose exact shades the user's terminal theme decides.
  case ansi16
  /// The xterm 256-colour palette.
  case palette256
  /// 24-bit colour.
  case trueColor
}

extension Color {
  /// The closest colour this depth can show.
  ///
  /// Named colours stay named down to 16 colours, because the user's palette chose them on
  /// purpose. `#rrggbb` goes to the nearest entry of the 6×6×6 cube or the grey ramp (never to
  /// 0–15, whose shades vary by terminal); 256-palette entries go to the nearest of the 16
  /// using xterm's default shades. Monochrome makes every colour the terminal default.
  public func approximated(for depth: ColorDepth) -> Color {
    switch (depth, self) {
    case (_, .default), (.trueColor, _): return self
    case (.monochrome, _): return .default
    case (.palette256, .rgb(let r, let g, let b)): return .palette(Self.nearest256(r, g, b))
    case (.palette256, _): return self
    case (.ansi16, .palette(let n)) where n < 16: return Color.ansi16[Int(n)]
    case (.ansi16, .palette(let n)):
      let (r, g, b) = Self.rgbOfPalette(n)
      return Self.nearest16(r, g, b)
    case (.ansi16, .rgb(let r, let g, let b)): return Self.nearest16(r, g, b)
    case (.ansi16, _): return self
    }
  }

  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// xterm's default shades of the 16 named colours: only used to choose the nearest one.
  static let xterm16: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  static func rgbOfPalette(_ n: UInt8) -> (Int, Int, Int) {
    let i = Int(n)
    if i < 16 { return xterm16[i] }
    if i >= 232 {
      let v = 8 + 10 * (i - 232)
      return (v, v, v)
    }
    let c = i - 16
    return (cubeLevels[c / 36], cubeLevels[c / 6 % 6], cubeLevels[c % 6])
  }

  static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return dr * dr + dg * dg + db * db
  }

  static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
    func level(_ v: UInt8) -> Int {
      var best = 0
      for (i, l) in cubeLevels.enumerated() where abs(l - Int(v)) < abs(cubeLevels[best] - Int(v)) {
        best = i
      }
      return best
    }
    let target = (Int(r), Int(g), Int(b))
    let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
    let average = (Int(r) + Int(g) + Int(b)) / 3
    let greyStep = min(23, max(0, (average - 3) / 10))
    let grey = 232 + greyStep
    let cubeDistance = distance(rgbOfPalette(UInt8(cube)), target)
    let greyDistance = distance(rgbOfPalette(UInt8(grey)), target)
    return UInt8(greyDistance < cubeDistance ? grey : cube)
  }

  static func nearest16(_ r: Int, _ g: Int, _ b: Int) -> Color {
    var best = 0
    for i in 1..<16 where distance(xterm16[i], (r, g, b)) < distance(xterm16[best], (r, g, b)) {
      best = i
    }
    return Color.ansi16[best]
  }

  static func nearest16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Color {
    nearest16(Int(r), Int(g), Int(b))
  }
}
