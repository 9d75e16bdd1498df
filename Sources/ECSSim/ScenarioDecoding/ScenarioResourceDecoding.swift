/// Clusters, IAM roles and ECR repositories: the resources a scenario creates before its clock
/// starts, with the naming rules their AWS APIs enforce.
extension ClusterSpec {
  static let keys = ["name"]

  /// `{name: default}` or just `default`.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> ClusterSpec {
    let name: String
    let nameNode: Node
    if node.scalar != nil {
      name = try node.asString(path: path)
      nameNode = node
    } else {
      let f = try ScenarioFields(node, path: path, allowed: keys)
      name = try f.name("name")
      nameNode = try f.require("name")
    }
    // CreateCluster: "Up to 255 letters (uppercase and lowercase), numbers, underscores, and
    // hyphens are allowed."
    guard (1...255).contains(name.count), name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    else {
      throw LocatedError(
        "\(path): cluster name '\(name)' may contain only letters, numbers, hyphens and underscores (up to 255)",
        at: nameNode.location)
    }
    var spec = ClusterSpec(name: name)
    spec.location = node.location
    return spec
  }
}

extension RoleSpec {
  static let keys = ["name", "trustedService", "actions", "managedPolicies"]

  static func decode(_ node: Node, path: String) throws(LocatedError) -> RoleSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let name = try f.name("name")
    // IAM: up to 64 characters, alphanumeric and +=,.@_-
    guard name.count <= 64, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-".contains($0)) }) else {
      throw LocatedError(
        "\(f.path("name")): role name '\(name)' may contain only letters, numbers and +=,.@_- (up to 64)",
        at: f.child("name")?.location)
    }
    var role = RoleSpec(name: name, trustedService: try f.name("trustedService"))
    role.actions = try f.strings("actions") ?? []
    role.managedPolicies = try f.strings("managedPolicies") ?? []
    role.location = node.location
    return role
  }
}

extension RepositorySpec {
  static let keys = ["name", "imageTagMutability", "images"]

  static func decode(_ node: Node, path: String) throws(LocatedError) -> RepositorySpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let name = try f.name("name")
    // ECR: starts with a letter; lowercase letters, numbers, hyphens, underscores, periods and
    // slashes; 2 to 256 characters.
    let allowed = name.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || "-_./".contains($0) }
    guard allowed, (2...256).contains(name.count), let first = name.first, first >= "a", first <= "z" else {
      throw LocatedError(
        "\(f.path("name")): repository name '\(name)' must start with a letter and contain only lowercase letters, numbers, hyphens, underscores, periods and slashes (2 to 256 characters)",
        at: f.child("name")?.location)
    }
    var repo = RepositorySpec(name: name)
    repo.imageTagMutability = try f.oneOf("imageTagMutability", ["MUTABLE", "IMMUTABLE"]) ?? "MUTABLE"
    repo.images = try f.each("images", ImageSpec.decode) ?? []
    repo.location = node.location
    // In a MUTABLE repository a tag written on two images moves to the later one (as pushing
    // does); an IMMUTABLE one refuses the second push, so the scenario cannot say it.
    if repo.imageTagMutability == "IMMUTABLE" {
      var owner: [String: Int] = [:]
      for (i, image) in repo.images.enumerated() {
        for tag in image.tags {
          if let j = owner[tag], j != i {
            throw LocatedError(
              "\(f.path("images"))[\(i)]: tag '\(tag)' is already on \(f.path("images"))[\(j)] and the repository is IMMUTABLE",
              at: image.location)
          }
          owner[tag] = i
        }
      }
    }
    return repo
  }
}

extension ImageSpec {
  static let keys = ["tags", "tag", "sizeMB", "behavior"]

  /// `{tags: ["1.4.2", latest], sizeMB: 180, behavior: {…}}`; `tag: "1.4.2"` for one tag.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> ImageSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var tags: [String]
    var tagNodes: [Node]
    switch (f.child("tags"), f.child("tag")) {
    case (.some, .some):
      throw LocatedError("\(path): give either 'tags' or 'tag', not both", at: node.location)
    case (.some(let list), nil):
      tagNodes = try list.asList(path: f.path("tags"))
      tags = try f.strings("tags")!
      if tags.isEmpty {
        throw LocatedError("\(f.path("tags")): an image needs at least one tag", at: list.location)
      }
    case (nil, .some(let one)):
      tagNodes = [one]
      tags = [try one.asString(path: f.path("tag"))]
    case (nil, nil):
      throw LocatedError("\(path): missing required key 'tags' (or 'tag')", at: node.location)
    }
    for (tag, tagNode) in zip(tags, tagNodes) {
      // Docker: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
      let ok = (1...128).contains(tag.count)
        && tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
        && tag.first != "." && tag.first != "-"
      if !ok {
        throw LocatedError(
          "\(path): image tag '\(tag)' may contain only letters, digits, '_', '.' and '-' and may not start with '.' or '-' (up to 128)",
          at: tagNode.location)
      }
    }
    var image = ImageSpec(tags: tags)
    image.sizeMB = try f.int("sizeMB", in: 1...Int.max) ?? image.sizeMB
    if let b = f.child("behavior") { image.behavior = try ImageBehavior.decode(b, path: f.path("behavior")) }
    image.location = node.location
    return image
  }
}

extension ImageBehavior {
  static let keys = ["startupTime", "exitAfter", "exitCode", "shutdownTime", "healthy"]

  /// `{startupTime: 5s, exitAfter: 45s, exitCode: 0, shutdownTime: 1s, healthy: true}`; every key
  /// optional. No `exitAfter` (or `exitAfter: ~`) is a long-running process.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> ImageBehavior {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var b = ImageBehavior()
    b.startupTime = try f.duration("startupTime") ?? b.startupTime
    b.exitAfter = try f.duration("exitAfter")
    b.exitCode = try f.int("exitCode", in: 0...255) ?? b.exitCode
    b.shutdownTime = try f.duration("shutdownTime") ?? b.shutdownTime
    b.healthy = try f.bool("healthy") ?? b.healthy
    return b
  }
}
