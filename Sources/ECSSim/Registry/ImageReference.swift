/// A container definition's `image`, split into registry, repository and tag or digest.
public struct ImageReference: Sendable, Hashable {
  /// nil for Docker Hub and other public registries.
  public var registry: String?
  public var repository: String
  public var tag: String?
  public var digest: String?

  /// Parses `repo`, `repo:tag`, `registry/repo:tag`, `registry/ns/repo@sha256:…`; the tag
  /// defaults to `latest` when neither tag nor digest is given, as Docker does.
  public init(_ text: String) {
    var rest = Substring(text)
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = rest[..<at]
    }
    if let slash = rest.firstIndex(of: "/") {
      let first = rest[..<slash]
      if first.contains(".") || first.contains(":") || first == "localhost" {
        registry = String(first)
        rest = rest[rest.index(after: slash)...]
      }
    }
    if let colon = rest.lastIndex(of: ":") {
      tag = String(rest[rest.index(after: colon)...])
      rest = rest[..<colon]
    }
    repository = String(rest)
    if tag == nil && digest == nil { tag = "latest" }
  }

  public var text: String {
    var s = registry.map { $0 + "/" } ?? ""
    s += repository
    if let tag { s += ":" + tag }
    if let digest { s += "@" + digest }
    return s
  }

  /// True for `<account>.dkr.ecr.<region>.amazonaws.com/...`.
  public var isECR: Bool { registry?.contains(".dkr.ecr.") == true }
}
