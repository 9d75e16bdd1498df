/// ECR repositories and image pulls (docs/ecs/ecr-and-iam.md).
extension Simulator {
  enum PullOutcome {
    case success(digest: String?, behavior: ImageBehavior, duration: SimTime)
    case failure(String)
  }

  /// Decides whether a container's image can be pulled, by whom, and how long it takes.
  ///
  /// Who pulls: on EC2 the instance role, unless the task definition has an execution role
  /// (then the agent uses that); on Fargate the execution role, always. The task role never
  /// pulls. With `ECS_IMAGE_PULL_BEHAVIOR=default` a failed pull falls back to the image cached
  /// on the instance — the "works on a warm instance, fails on a fresh one" gotcha.
  func resolvePull(_ task: ECSTask, container: Container) -> PullOutcome {
    let ref = container.box.imageRef
    let host = task.containerInstance
    let cachedDigest = host?.imageCache[container.definition.image]
    let behaviorOnHost = host?.config.imagePullBehavior ?? .always
    let cachedTime = rng.duration(.ms(200), .ms(600))

    if cachedDigest != nil && (behaviorOnHost == .once || behaviorOnHost == .preferCached) {
      return .success(digest: cachedDigest, behavior: behavior(ref, digest: cachedDigest), duration: cachedTime)
    }
    let pulled = pullFromRegistry(task, ref: ref)
    switch pulled {
    case .success(let digest, let b, var duration):
      if cachedDigest == digest && cachedDigest != nil { duration = rng.duration(.ms(600), .ms(1_500)) }
      return .success(digest: digest, behavior: b, duration: duration)
    case .failure:
      if let cachedDigest, behaviorOnHost == .default {
        return .success(digest: cachedDigest, behavior: behavior(ref, digest: cachedDigest), duration: rng.duration(.seconds(2), .seconds(4)))
      }
      return pulled
    }
  }

  private func behavior(_ ref: ImageReference, digest: String?) -> ImageBehavior {
    guard ref.isECR, let repo = repositories[ref.repository] else { return ImageBehavior() }
    if let digest, let img = repo.image(digest: digest) { return img.behavior }
    return ImageBehavior()
  }

  private func pullFromRegistry(_ task: ECSTask, ref: ImageReference) -> PullOutcome {
    guard ref.isECR else {
      // Docker Hub and other public registries: always reachable in the simulation, 50 MB.
      if task.launchType == .fargate, !fargateHasRoute(task) { return .failure(noRoute(ref)) }
      return .success(digest: nil, behavior: ImageBehavior(), duration: pullDuration(sizeMB: Simulator.publicImageSizeMB))
    }
    let uri = ref.text
    if task.launchType == .fargate, !fargateHasRoute(task) { return .failure(noRoute(ref)) }
    // Who authenticates the pull.
    let roleName: String?
    if let exec = task.executionRoleArn { roleName = Simulator.lastPathComponent(exec) }
    else if task.launchType == .fargate { roleName = nil }
    else { roleName = task.containerInstance?.iamRole }
    guard let roleName, let role = roles[roleName] else {
      return .failure("CannotPullContainerError: Error response from daemon: Head \"https://\(ref.registry ?? arns.registry)/v2/\(ref.repository)/manifests/\(ref.tag ?? "latest")\": no basic auth credentials")
    }
    if let missing = role.missingPullAction() {
      let session = task.launchType == .fargate || task.executionRoleArn != nil ? task.id.hex : (task.containerInstance?.ec2InstanceId ?? "")
      return .failure("CannotPullContainerError: Error response from daemon: Head \"https://\(ref.registry ?? arns.registry)/v2/\(ref.repository)/manifests/\(ref.tag ?? "latest")\": denied: User: arn:aws:sts::\(arns.account):assumed-role/\(role.name)/\(session) is not authorized to perform: \(missing) on resource: \(arns.repository(ref.repository)) because no identity-based policy allows the \(missing) action")
    }
    guard ref.registry == arns.registry, let repo = repositories[ref.repository] else {
      return .failure("CannotPullContainerError: Error response from daemon: pull access denied for \(ref.registry.map { $0 + "/" } ?? "")\(ref.repository), repository does not exist or may require 'docker login': denied: requested access to the resource is denied")
    }
    let image = ref.digest.flatMap { repo.image(digest: $0) } ?? ref.tag.flatMap { repo.image(tag: $0) }
    guard let image else {
      if task.launchType == .fargate {
        return .failure("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref \(uri): \(uri): not found")
      }
      return .failure("CannotPullContainerError: Error response from daemon: manifest for \(uri) not found: manifest unknown: Requested image not found")
    }
    return .success(digest: image.digest, behavior: image.behavior, duration: pullDuration(sizeMB: image.sizeMB))
  }

  /// The size every image from Docker Hub or another public registry has in the simulation.
  static let publicImageSizeMB = 50

  private func pullDuration(sizeMB: Int) -> SimTime {
    .ms(1_500) + .ms(Int64(sizeMB) * Int64(rng.int(in: 25...50)))
  }

  /// A Fargate task reaches ECR through a NAT gateway, or through an internet gateway when its
  /// ENI has a public IP (`assignPublicIp=ENABLED`): a public subnet without a public IP is the
  /// classic "request canceled while waiting for connection".
  private func fargateHasRoute(_ task: ECSTask) -> Bool {
    guard let subnetId = task.eni?.subnetId, let s = subnets.first(where: { $0.subnetId == subnetId }) else { return true }
    return s.natGateway || (s.routeToInternet && task.assignPublicIp)
  }

  private func noRoute(_ ref: ImageReference) -> String {
    "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref \(ref.text): failed to do request: Head \"https://\(ref.registry ?? "registry-1.docker.io")/v2/\(ref.repository)/manifests/\(ref.tag ?? "latest")\": dial tcp 52.94.0.1:443: i/o timeout (request canceled while waiting for connection)"
  }

  // MARK: - Repositories

  public func createRepository(name: String, mutability: String?) throws(ECSError) {
    guard repositories[name] == nil else {
      throw ECSError("RepositoryAlreadyExistsException", "The repository with name '\(name)' already exists in the registry with id '\(arns.account)'")
    }
    let m: TagMutability
    switch mutability ?? "MUTABLE" {
    case "MUTABLE": m = .mutable
    case "IMMUTABLE": m = .immutable
    case let other: throw .invalidParameter("Invalid parameter at 'imageTagMutability' failed to satisfy constraint: 'Member must satisfy enum value set: [MUTABLE, IMMUTABLE]' (got \(other))")
    }
    guard isValidRepositoryName(name) else {
      throw .invalidParameter("Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''")
    }
    repositories[name] = Repository(name: name, arn: arns.repository(name), uri: "\(arns.registry)/\(name)", mutability: m, createdAt: now)
    emit(.repositoryCreated, [("repository", name), ("imageTagMutability", m.rawValue)])
  }

  public func deleteRepository(name: String, force: Bool) throws(ECSError) {
    guard let repo = repositories[name] else { throw repositoryNotFound(name) }
    if !repo.images.isEmpty && !force {
      throw ECSError("RepositoryNotEmptyException", "The repository with name '\(name)' in registry with id '\(arns.account)' cannot be deleted because it still contains images")
    }
    repositories[name] = nil
    emit(.repositoryDeleted, [("repository", name)])
  }

  func repositoryNotFound(_ name: String) -> ECSError {
    ECSError("RepositoryNotFoundException", "The repository with name '\(name)' does not exist in the registry with id '\(arns.account)'")
  }

  /// `docker push`: a new image (new digest) gets the tag. On a MUTABLE repository the tag moves
  /// from the older image; on an IMMUTABLE one an existing tag is refused.
  @discardableResult
  public func pushImage(repository name: String, tags: [String], sizeMB: Int, behavior: ImageBehavior) throws(ECSError) -> String {
    guard var repo = repositories[name] else { throw repositoryNotFound(name) }
    for tag in tags where repo.image(tag: tag) != nil && repo.mutability == .immutable {
      throw ECSError("ImageTagAlreadyExistsException", "The image tag '\(tag)' already exists in the '\(name)' repository and cannot be overwritten because the repository is immutable.")
    }
    let digest = "sha256:" + rng.hex(64)
    for tag in tags {
      for i in repo.images.indices { repo.images[i].tags.removeAll { $0 == tag } }
    }
    repo.images.append(ContainerImage(digest: digest, sizeMB: sizeMB, tags: tags, pushedAt: now, behavior: behavior))
    repositories[name] = repo
    emit(.imagePushed, [("repository", name), ("tags", tags.joined(separator: ",")), ("imageDigest", digest), ("sizeMB", String(sizeMB))],
         message: "\(repo.uri):\(tags.first ?? "") pushed")
    return digest
  }

  /// `batch-delete-image --image-ids imageTag=…`: untags; an image with no tags left is deleted.
  public func batchDeleteImage(repository name: String, tags: [String]) throws(ECSError) -> [String] {
    guard var repo = repositories[name] else { throw repositoryNotFound(name) }
    var failures: [String] = []
    for tag in tags {
      guard let i = repo.images.firstIndex(where: { $0.tags.contains(tag) }) else {
        failures.append(tag)
        continue
      }
      repo.images[i].tags.removeAll { $0 == tag }
      let digest = repo.images[i].digest
      if repo.images[i].tags.isEmpty { repo.images.remove(at: i) }
      emit(.imageDeleted, [("repository", name), ("tag", tag), ("imageDigest", digest)])
    }
    repositories[name] = repo
    return failures
  }

  private func isValidRepositoryName(_ name: String) -> Bool {
    guard !name.isEmpty, name.count <= 256 else { return false }
    return name.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || "._-/".contains($0) }
  }
}
