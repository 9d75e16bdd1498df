/// ECR verbs (`aws ecr …`); pushing an image is the simulator's `push-image` (`SimVerbs`).
enum ECRVerbs {
  static let all: [CommandVerb] = [CreateRepository.verb, DeleteRepository.verb, BatchDeleteImage.verb, DescribeImages.verb]

  /// `aws ecr create-repository`.
  enum CreateRepository {
    static let repositoryName = CommandFlag("repository-name", required: true, help: "Repository name")
    static let imageTagMutability = CommandFlag(
      "image-tag-mutability", choices: ["MUTABLE", "IMMUTABLE"], default: "MUTABLE",
      help: "Whether a pushed tag may be moved")

    static let verb = CommandVerb(
      "create-repository", .ecr, operation: "CreateRepository", summary: "Create an ECR repository",
      example: "create-repository web --image-tag-mutability IMMUTABLE",
      positionals: [repositoryName],
      flags: [repositoryName, imageTagMutability]
    ) { a throws(CommandError) in
      .createRepository(CreateRepositoryRequest(name: try a.required(repositoryName), mutability: a.text(imageTagMutability)))
    }
  }

  /// `aws ecr delete-repository`.
  enum DeleteRepository {
    static let repositoryName = CommandFlag(
      "repository-name", required: true, completion: .repository, help: "Repository name")
    static let force = CommandFlag("force", .boolean, help: "Delete even if it holds images")

    static let verb = CommandVerb(
      "delete-repository", .ecr, operation: "DeleteRepository", summary: "Delete an ECR repository",
      example: "delete-repository web --force",
      positionals: [repositoryName],
      flags: [repositoryName, force]
    ) { a throws(CommandError) in
      .deleteRepository(DeleteRepositoryRequest(name: try a.required(repositoryName), force: a.switchValue(force) ?? false))
    }
  }

  /// `aws ecr batch-delete-image`, by tag.
  enum BatchDeleteImage {
    static let repositoryName = CommandFlag(
      "repository-name", required: true, completion: .repository, help: "Repository name")
    static let imageIDs = CommandFlag("image-ids", .structure, required: true, list: true, help: "imageTag=TAG …")

    static let verb = CommandVerb(
      "batch-delete-image", .ecr, operation: "BatchDeleteImage", summary: "Delete image tags from a repository",
      example: "batch-delete-image --repository-name web --image-ids imageTag=1.0 imageTag=1.1",
      flags: [repositoryName, imageIDs]
    ) { a throws(CommandError) in
      let tags = try a.decodeEach(imageIDs, keys: ["imageTag"]) { m throws(LocatedError) in
        try m.requireString("imageTag")
      }
      return .batchDeleteImage(BatchDeleteImageRequest(repository: try a.required(repositoryName), tags: tags))
    }
  }

  /// `aws ecr describe-images`.
  enum DescribeImages {
    static let repositoryName = CommandFlag(
      "repository-name", required: true, completion: .repository, help: "Repository name")

    static let verb = CommandVerb(
      "describe-images", .ecr, operation: "DescribeImages", mutating: false, summary: "Describe a repository's images",
      example: "describe-images web",
      positionals: [repositoryName],
      flags: [repositoryName]
    ) { a throws(CommandError) in .describeImages(repository: try a.required(repositoryName)) }
  }
}
