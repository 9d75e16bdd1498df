/// An IPv4 address block, `a.b.c.d/n`.
struct IPv4CIDR: Equatable, CustomStringConvertible {
  var base: UInt32
  var prefix: Int

  init(base: UInt32, prefix: Int) { self.base = base; self.prefix = prefix }

  init?(_ text: String) {
    let halves = text.split(separator: "/", omittingEmptySubsequences: false)
    guard halves.count == 2, let p = Int(halves[1]), (0...32).contains(p), halves[1].allSatisfy(\.isASCII)
    else { return nil }
    let octets = halves[0].split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4 else { return nil }
    var value: UInt32 = 0
    for o in octets {
      guard !o.isEmpty, o.count <= 3, o.allSatisfy({ $0 >= "0" && $0 <= "9" }), let v = UInt32(o), v <= 255
      else { return nil }
      value = value << 8 | v
    }
    base = value
    prefix = p
  }

  var mask: UInt32 { prefix == 0 ? 0 : UInt32.max << UInt32(32 - prefix) }
  var network: UInt32 { base & mask }
  var last: UInt32 { network | ~mask }

  func contains(_ other: IPv4CIDR) -> Bool {
    other.prefix >= prefix && other.network & mask == network
  }

  func overlaps(_ other: IPv4CIDR) -> Bool { contains(other) || other.contains(self) }

  /// The dotted address alone, `a.b.c.d`.
  var address: String { "\(base >> 24).\(base >> 16 & 255).\(base >> 8 & 255).\(base & 255)" }

  var description: String { "\(address)/\(prefix)" }
}
